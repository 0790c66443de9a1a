"""The library table's marks can be filtered on: typing 结构待核 lists the texts whose outline
is to be checked (the mark stood after their titles but the filter did not see it), and 无标题
the texts named by their first words."""

from __future__ import annotations

from drafter.library.model import DocumentInfo
from drafter.ui.models.documents import DocumentFilterProxy, DocumentTableModel


def _info(i, title, confidence):
    return DocumentInfo(
        f"d{i}", f"/x/{i}.txt", title, None, None, "2024-01-01", "讲话", None, None, None,
        "txt", 3, 300, "", "", confidence=confidence, excerpt="同志们今天开会",
    )  # fmt: skip


def test_typing_a_mark_filters_on_it(qtbot):
    model = DocumentTableModel()
    model.set_documents(
        [
            _info(1, "在全县工作会议上的讲话", 0.9),
            _info(2, "在座谈会上的讲话", 0.5),
            _info(3, None, 0.9),
        ]
    )
    proxy = DocumentFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("结构待核")
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 0)).startswith("在座谈会上的讲话")
    proxy.set_text("无标题")
    assert proxy.rowCount() == 1
    proxy.set_text("讲话")
    assert proxy.rowCount() == 2
