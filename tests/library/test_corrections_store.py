"""Corrections stored in the library: they survive re-index and sync while the file is
unchanged, follow its content, are flagged when it changes, and the index follows."""

from __future__ import annotations

import pytest
from libtest_helpers import add_speech, run
from speech_samples import CORRECTIONS_SPEECH

from drafter.corpus.correction_ops import CorrectionError
from drafter.library import Library

TEXT = CORRECTIONS_SPEECH


@pytest.fixture
def one(tmp_path, library):
    doc, path = add_speech(library, tmp_path)
    return library, doc, path


def _heading_path(library, word):
    hit = library.search(word).hits[0]
    return hit.section


def test_edit_metadata_updates_record_and_survives_reindex(one):
    library, doc, _ = one
    info = library.edit_metadata(doc.id, title="更正后的标题", date="2025-03-05", speaker="张三")
    assert (info.title, info.date, info.speaker) == ("更正后的标题", "2025-03-05", "张三")
    assert library.document(doc.id).title == "更正后的标题"
    assert library.load(doc.id).metadata.title == "更正后的标题"
    run(library.reindex())
    assert library.document(doc.id).title == "更正后的标题"
    run(library.reindex(reread=True))
    assert library.document(doc.id).date == "2025-03-05"


def test_impossible_date_is_refused_and_nothing_changes(one):
    library, doc, _ = one
    with pytest.raises(CorrectionError):
        library.edit_metadata(doc.id, date="2025-02-30")
    assert library.corrections(doc.id).ops == []


def test_heading_correction_moves_index_heading_paths_at_once(one):
    library, doc, _ = one
    assert _heading_path(library, "选优配强") == ["二、突出重点"]
    paras = library.load(doc.id).paragraphs()
    i = next(p.index for p in paras if p.text == "加强队伍建设")
    library.set_corrections(
        doc.id, [{"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}]
    )
    assert _heading_path(library, "选优配强") == ["二、突出重点", "加强队伍建设"]
    loaded = library.load(doc.id)
    assert loaded.outline.sections[1].children[0].heading == "加强队伍建设"


def test_corrections_survive_sync_while_unchanged_and_are_flagged_after_a_change(one, tmp_path):
    library, doc, path = one
    library.edit_metadata(doc.id, title="更正后的标题")
    run(library.sync(path.parent))
    assert library.document(doc.id).title == "更正后的标题"
    assert not library.corrections(doc.id).stale
    path.write_text(TEXT + "\n谢谢大家！", encoding="utf-8")
    run(library.sync(path.parent))
    (changed,) = library.documents()
    assert changed.id != doc.id
    state = library.corrections(changed.id)
    assert state.stale and state.ops  # replayed, but the user should look again
    assert changed.title == "更正后的标题"
    assert library.stale_corrections() == {changed.id}
    assert state.made_on == doc.sha256  # the version they were made on
    library.set_corrections(changed.id, state.ops)  # checked: no longer stale
    assert not library.corrections(changed.id).stale
    assert library.stale_corrections() == set()
    # undoing the check (ux20): stored as made on the earlier version, stale again
    library.set_corrections(changed.id, state.ops, state.made_on)
    again = library.corrections(changed.id)
    assert again.stale and again.ops == state.ops and again.made_on == doc.sha256
    assert library.stale_corrections() == {changed.id}
    assert library.document(changed.id).title == "更正后的标题"  # still replayed


def test_corrections_waiting_for_a_sync_are_counted(one, tmp_path):
    """A file changed under the user's corrections before any sync: the library says how
    many corrections wait (``drafter outline FILE`` and ``gui --open FILE`` say so instead
    of showing the machine's reading in silence); none once the sync carried them over,
    none for a file the library does not hold or holds unchanged."""
    from drafter.library.sync import corrections_behind

    library, doc, path = one
    assert corrections_behind(library, path) == 0  # nothing corrected
    library.edit_metadata(doc.id, title="更正后的标题")
    assert corrections_behind(library, path) == 0  # held unchanged
    path.write_text(TEXT + "\n谢谢大家！", encoding="utf-8")
    assert corrections_behind(library, path) == 1
    stranger = tmp_path / "外来.txt"
    stranger.write_text(TEXT, encoding="utf-8")
    assert corrections_behind(library, stranger) == 0
    run(library.sync(path.parent))
    assert corrections_behind(library, path) == 0


def test_corrections_persist_across_reopen(one, tmp_path):
    library, doc, _ = one
    library.edit_metadata(doc.id, genre="讲话提纲")
    root = library.root
    library.close()
    again = Library.open(root, workers=1)
    try:
        assert again.document(doc.id).genre == "讲话提纲"
    finally:
        again.close()


def test_untitled_document_shows_its_first_words(tmp_path, library):
    path = tmp_path / "003_e00d83e4667ee5ea.txt"
    path.write_text("同志们：\n今天召开全县办公室主任会议，主要任务是学习贯彻会议精神。\n", "utf-8")
    other = tmp_path / "004_abe497b1be7d6e8a.txt"
    other.write_text("同志们：\n这一年来，全县上下团结一心，各项工作取得新进展。\n", "utf-8")
    run(library.add([path, other]))
    docs = {d.path: d for d in library.documents()}
    first, second = docs[str(path.resolve())], docs[str(other.resolve())]
    assert first.untitled and second.untitled
    assert first.display_title == "全县办公室主任会议"  # the occasion its opening names
    assert second.display_title.startswith("这一年来，全县上下团结一心")  # its first words
    assert "e00d83" not in first.display_title and "abe497" not in second.display_title


def test_cli_library_edit(tmp_path, monkeypatch, capsys):
    from drafter.cli import main

    monkeypatch.setenv("DRAFTER_LIBRARY", str(tmp_path / "lib"))
    path = tmp_path / "speech.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["library", "add", str(path)]) == 0
    assert main(["library", "list", "--json"]) == 0
    doc_id = __import__("json").loads(capsys.readouterr().out)[0]["id"]
    assert main(["library", "edit", doc_id, "--date", "2025-02-30"]) == 2
    assert "2 月只有 28 天" in capsys.readouterr().err
    assert main(["library", "edit", str(path), "--title", "新标题", "--speaker", "李四"]) == 0
    assert main(["library", "edit", doc_id, "--show"]) == 0
    out = capsys.readouterr().out
    assert "《新标题》" in out and "讲话人：李四" in out
    assert main(["library", "list"]) == 0
    assert "《新标题》" in capsys.readouterr().out


def test_a_field_edited_twice_undoes_to_the_first_edit(one):
    """撤销 of a second date edit gives back the date the user set first, not the machine's
    (edit_metadata replaced the first op, so the step before it was lost) (ux18)."""
    from drafter.corpus.correction_ops import without_last_step

    library, doc, _ = one
    library.edit_metadata(doc.id, date="2025-03-05")
    library.edit_metadata(doc.id, date="2025-03-06", speaker="张三")
    assert library.document(doc.id).date == "2025-03-06"
    ops = library.corrections(doc.id).ops
    library.set_corrections(doc.id, without_last_step(ops))
    info = library.document(doc.id)
    assert info.date == "2025-03-05" and info.speaker != "张三"


_EDITED = """关于做好今年农村工作的几点意见

同志们：今天召开这次会议，主要是总结去年的农村工作，部署今年的任务。

首先看粮食生产的情况。去年全县粮食总产再创新高，种植结构进一步优化，农民收入稳步增长，但是抗灾能力仍然偏弱。

这些问题必须引起高度重视，各乡镇要拿出具体办法，限期加以解决。

其次看农村改革的情况。土地确权登记工作基本完成，集体产权制度改革有序推进，但是有的村集体经济依然薄弱。

各部门要加强协调配合，形成工作合力，确保各项改革任务落到实处。
"""


def test_an_edited_file_reports_the_corrections_it_moved_and_lost(tmp_path, library):
    """After the file changed under two heading corrections, one paragraph reworded a
    little and the other rewritten, the library says which correction followed the reworded
    text (``moved``) and which found nothing (``skipped``, named in the reader and by
    ``drafter outline``); a correction that keeps only the others lets the lost one go."""
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "rural.txt"
    path.write_text(_EDITED, encoding="utf-8")
    run(library.add([path]))
    (doc,) = library.documents()
    paras = library.load(doc.id).paragraphs()

    def heading(start):
        p = next(p for p in paras if p.text.startswith(start))
        return {"op": "heading", "para": p.index, "text": p.text, "level": 1, "cut": len(start)}

    ops = [heading("首先看粮食生产的情况。"), heading("其次看农村改革的情况。")]
    library.set_corrections(doc.id, ops)
    state = library.corrections(doc.id)
    assert (state.stale, state.skipped, state.moved) == (False, [], [])

    reworded = _EDITED.replace("首先看粮食生产的情况。", "首先再看看粮食生产的情况。")
    rewritten = next(p.text for p in paras if p.text.startswith("其次看"))
    path.write_text(
        reworded.replace(rewritten, "改革方面，今年重点抓好宅基地管理和农村金融服务两件事。"),
        encoding="utf-8",
    )
    run(library.sync(folder))
    (changed,) = library.documents()
    state = library.corrections(changed.id)
    assert state.stale and state.ops == ops
    assert state.moved == [ops[0]] and state.skipped == [ops[1]]
    headings = [s.heading for s in library.load(changed.id).outline.walk()]
    assert headings == ["首先再看看粮食生产的情况"]  # the cut followed the reworded lead
    assert library.stale_corrections() == {changed.id}

    # 更正已核对 keeps the others only (as the reader does), as one step 撤销 takes back
    from drafter.corpus.correction_ops import checked_op

    before = library.corrections(changed.id)
    kept = [op for op in before.ops if op not in before.skipped]
    checked = [*kept, checked_op(before.made_on)]
    library.set_corrections(changed.id, checked, base=list(before.ops))
    state = library.corrections(changed.id)
    assert (state.stale, state.ops, state.skipped, state.moved) == (False, checked, [], [])
    assert library.stale_corrections() == set()
    library.set_corrections(changed.id, before.ops, before.made_on)  # the check undone
    state = library.corrections(changed.id)
    assert state.stale and (state.skipped, state.moved) == ([ops[1]], [ops[0]])
