"""A speech fixed in the reader (headings made, title set), then opened again by its file
path — ``drafter gui --open FILE``, as a file manager does — came up as a stranger: the
machine's first reading, 结构待核 again, 编辑信息 greyed out, although the library held that
very file with the corrections (``drafter outline FILE`` showed them). A file the library
holds unchanged now opens as that library document; a changed one is still read afresh."""

from __future__ import annotations

from drafter.corpus.correction_ops import meta_op
from drafter.ui.models.documents import DocumentRole
from drafter.ui.startup import Startup

from .reader_setup import one_text_library
from .waits import WAIT_MS

LONG = "这件事要抓紧，各地要拿出具体办法，把任务分解到人，把责任落实到位，按月调度，年底考核。"
TEXT = "\n".join(
    [
        "这次会议开得很好，大家畅所欲言，提了许多好的意见。这是第一点。",
        "第二点，讲一讲作风。" + LONG,
        "第三点，讲一讲农业。" + LONG,
    ]
)


def _start(qtbot, window, library, path) -> None:
    startup = Startup(window, library.root, open_library=lambda _root: library, open_file=path)
    with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
        startup.start()


def test_a_library_file_opened_by_path_shows_the_users_corrections(qtbot, make_window, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        texts = [p.text for p in lib.load(doc_id).paragraphs()]
        i = next(n for n, t in enumerate(texts) if t.startswith("第二点"))
        lib.set_corrections(
            doc_id,
            [
                meta_op("title", "在全县工作会议上的讲话"),
                {"op": "heading", "para": i, "text": texts[i], "level": 1},
            ],
        )
        window = make_window()
        _start(qtbot, window, lib, path)
        reader = window.reader_panel
        assert reader.document_key == doc_id
        assert "在全县工作会议上的讲话" in reader.header.text()
        assert "已更正 1 处" in reader.header.text()
        assert [p.text for p in reader._paragraphs if p.is_heading] == ["第二点，讲一讲作风"]
        assert reader.edit_button.isEnabled()


def test_a_changed_file_is_read_afresh_not_swapped_for_the_old_copy(qtbot, make_window, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        path.write_text(TEXT + "\n第四点，讲一讲团结。" + LONG, encoding="utf-8")
        window = make_window()
        _start(qtbot, window, lib, path)
        reader = window.reader_panel
        assert reader.document_key == str(path)
        assert any(p.text.startswith("第四点") for p in reader._paragraphs)
        assert not reader.notice_bar.isVisibleTo(reader)  # no correction was waiting


def test_a_changed_file_with_corrections_waiting_says_so_over_the_text(
    qtbot, make_window, tmp_path
):
    """ux47's walk: 质问国民党 corrected in the reader, the file edited, opened again by path
    before any sync: the machine's reading came up (结构待核) and nothing said that the
    user's corrections were waiting in the library. A bar over the text says so now, and
    how to carry them over (同步); a changed file with no corrections opens without it."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        texts = [p.text for p in lib.load(doc_id).paragraphs()]
        i = next(n for n, t in enumerate(texts) if t.startswith("第二点"))
        lib.set_corrections(doc_id, [{"op": "heading", "para": i, "text": texts[i], "level": 1}])
        path.write_text(TEXT + "\n第四点，讲一讲团结。" + LONG, encoding="utf-8")
        window = make_window()
        _start(qtbot, window, lib, path)
        reader = window.reader_panel
        assert reader.document_key == str(path)  # the file as it is now
        assert reader.notice_bar.isVisibleTo(reader)
        said = reader.notice.text()
        assert "更正（1 项）" in said and "上次同步后改动过" in said and "同步" in said


def _unreachable(lib, monkeypatch):
    """``lib`` as a team database out of reach: asked for a file's record, it fails."""
    from drafter.library.pg.connect import connection_error

    def fail(_path):  # what the team library raises when its server does not answer
        raise connection_error("postgresql://office/drafter", OSError("connection refused"))

    monkeypatch.setattr(lib, "document_at", fail)


def test_a_file_whose_library_cannot_be_asked_opens_with_a_quiet_notice(
    qtbot, make_window, tmp_path, monkeypatch
):
    """The team database does not answer: the file still opens (work goes on), and a quiet
    bar over the text says the user's corrections are not applied, in Chinese; the next
    document opened takes the bar away."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        lib.set_corrections(doc_id, [meta_op("title", "在全县工作会议上的讲话")])
        _unreachable(lib, monkeypatch)
        window = make_window()
        _start(qtbot, window, lib, path)
        reader = window.reader_panel
        assert reader.document_key == str(path)
        assert "在全县工作会议上的讲话" not in reader.header.text()
        assert reader.notice_bar.isVisibleTo(reader)
        assert "提纲更正" in reader.notice.text() and "没有应用" in reader.notice.text()
        assert "团队资料库暂时连不上" in reader.notice.text()  # why, in Chinese
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            reader.open_document(doc_id)
        assert not reader.notice_bar.isVisibleTo(reader)


def test_a_file_held_by_a_reachable_library_opens_without_a_notice(qtbot, make_window, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, _doc_id, path):
        window = make_window()
        _start(qtbot, window, lib, path)
        assert not window.reader_panel.notice_bar.isVisibleTo(window.reader_panel)


def test_a_library_file_opened_by_path_is_selected_in_the_library_table(
    qtbot, make_window, tmp_path
):
    """``gui --open FILE`` of a file the library holds selects its row in the table (the
    reader showed a document the table did not point at); a file not held selects nothing."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        others = []
        for k in range(3):
            other = tmp_path / f"其他{k}.txt"
            other.write_text(f"第{k}篇。\n" + LONG, encoding="utf-8")
            others.append(other)
        list(lib.add(others))
        window = make_window()
        _start(qtbot, window, lib, path)
        panel = window.library_panel
        assert panel.model.rowCount() == 4
        assert panel.selected_ids() == [doc_id]
        assert panel.view.currentIndex().data(DocumentRole).id == doc_id
        stranger = tmp_path / "外来.txt"
        stranger.write_text("外来的稿子。\n" + LONG, encoding="utf-8")
        window2 = make_window()
        _start(qtbot, window2, lib, stranger)
        assert window2.library_panel.selected_ids() == []
