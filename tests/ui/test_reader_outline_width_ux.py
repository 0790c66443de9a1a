"""The reader's outline keeps a readable width after 学习模式 is switched off.

Walking at 1280×720 with 学习模式 on from the last session (or pressed before a document is
open), then opening a search hit (which leaves the mode): the outline came back at its
minimum, 120 pixels, its headings wrapped four characters a line (一、2023年工 / 作回顾). The
mode kept the outline|text widths it found when it switched on, and with no document open the
outline was hidden: [0, all]. Now the widths are only kept when the outline was showing, and
switching off gives the outline at least its share of the reader.
"""

from __future__ import annotations

from drafter.settings import Settings

from .study_setup import FIRST, SECOND, window_with
from .waits import WAIT_MS


def test_outline_is_readable_after_the_mode_is_left(make_window, qtbot, tmp_path):
    texts = {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND}
    with window_with(make_window, tmp_path, texts, Settings()) as (window, library):
        window.resize(1280, 680)
        reader = window.reader_panel
        assert reader.outline.isHidden()  # no document yet
        window.study_action.trigger()  # 学习模式 on before anything is open
        first = next(d for d in library.documents() if "青年" in (d.title or ""))
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            reader.open_document(first.id)
        qtbot.waitUntil(lambda: reader.outline.isVisible(), timeout=WAIT_MS)
        window.study_action.trigger()  # off again (opening a search hit does the same)
        qtbot.wait(50)
        outline, text = reader.splitter.sizes()
        assert outline >= (outline + text) // 5, (outline, text)
        assert outline > reader.outline.minimumWidth() + 40
