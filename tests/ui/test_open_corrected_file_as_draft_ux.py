"""打开稿件 on a speech the user had fixed in the reader (its points made headings) started
the draft from the machine's first reading: no headings, as if the fix had never been made.
A file the open library holds unchanged with corrections now opens as corrected; a file the
user never corrected, or one changed since, is read as before."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from .reader_setup import one_text_library

LONG = "这件事要抓紧，各地要拿出具体办法，把任务分解到人，把责任落实到位，按月调度，年底考核。"
TEXT = "\n".join(
    [
        "这次会议开得很好，大家畅所欲言，提了许多好的意见。这是第一点。",
        "第二点，讲一讲作风。" + LONG,
        "第三点，讲一讲农业。" + LONG,
    ]
)


def _headings(window) -> list[str]:
    """Each heading as the writer wrote it: its own marker (kept as ``written_marker`` since
    the draft renumbers the writer's markers when the group is edited) before its text."""
    return [n.written_marker + n.heading for n in window.editor.draft.walk()]


def test_a_corrected_speech_opens_as_a_draft_as_corrected(make_window, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        window = make_window()
        window.editor.files._ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        window.set_library(lib)
        assert window.editor.open_draft(path)
        assert _headings(window) == []
        texts = [p.text for p in lib.load(doc_id).paragraphs()]
        lib.set_corrections(
            doc_id,
            [
                {"op": "heading", "para": i, "text": t, "level": 1}
                for i, t in enumerate(texts)
                if t.startswith(("第二点", "第三点"))
            ],
        )
        assert window.editor.open_draft(path)
        assert _headings(window) == ["第二点，讲一讲作风", "第三点，讲一讲农业"]
        path.write_text(TEXT + "\n" + LONG, encoding="utf-8")  # changed since: read afresh
        assert window.editor.open_draft(path)
        assert _headings(window) == []
