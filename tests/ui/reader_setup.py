"""The reader tests' shared start: a ReaderPanel of its own, shown at a set size, over a
library, with one document opened (and waited for) as a click in the library does."""

from __future__ import annotations

from drafter.ui.panels.reader_panel import ReaderPanel


def reader_on(qtbot, library, doc_id: str, size=(1000, 700), timeout=10000, **where):
    """A shown ReaderPanel of ``size`` over ``library`` with ``doc_id`` open; ``where`` goes
    to ``open_document`` (``paragraph_index``, ``terms``)."""
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    panel.set_library(library)
    with qtbot.waitSignal(panel.document_opened, timeout=timeout):
        panel.open_document(doc_id, **where)
    return panel
