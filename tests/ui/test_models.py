"""The item models pass Qt's model checks and show what the user expects."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from drafter.ui.mime import HIT_MIME, hits_from_mime
from drafter.ui.models import DocumentFilterProxy, DocumentTableModel, SearchResultsModel
from drafter.ui.models.search_results import SnippetHtmlRole, highlighted_html

from .fakes import FakeLibrary, write_corpus


def _library(tmp_path, count=5):
    lib = FakeLibrary(tmp_path / "lib")
    list(lib.add([tmp_path / "c"] if write_corpus(tmp_path / "c", count) else []))
    return lib


def test_document_model_passes_modeltester(qtmodeltester, tmp_path):
    model = DocumentTableModel()
    model.set_documents(_library(tmp_path).documents())
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.headerData(4, Qt.Orientation.Horizontal) == "字数"


def test_proxy_filters_by_text_genre_and_year(qtmodeltester, tmp_path):
    model = DocumentTableModel()
    model.set_documents(_library(tmp_path).documents())
    proxy = DocumentFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("全区")
    assert proxy.rowCount() == 2  # speeches 1 and 4
    proxy.set_text("")
    proxy.set_year("2022")
    assert proxy.rowCount() == 1
    proxy.set_year("")
    proxy.set_genre("报告")
    assert proxy.rowCount() == 0
    proxy.set_genre("讲话")
    assert proxy.rowCount() == 5


def test_proxy_sorts_chars_numerically(tmp_path):
    lib = FakeLibrary(tmp_path)
    (tmp_path / "a.txt").write_text("短\n" + "字" * 9, encoding="utf-8")
    (tmp_path / "b.txt").write_text("长\n" + "字" * 100, encoding="utf-8")
    list(lib.add([tmp_path / "a.txt", tmp_path / "b.txt"]))
    model = DocumentTableModel()
    model.set_documents(lib.documents())
    proxy = DocumentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "长"  # "100" sorts above "9" as a number


def test_search_model_passes_modeltester_and_drags_json(qtmodeltester, tmp_path):
    lib = _library(tmp_path)
    hits = lib.search("服务水平").hits
    model = SearchResultsModel()
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == len(hits) > 0
    html = model.index(0).data(SnippetHtmlRole)
    assert "服务水平</span>" in html
    mime = model.mimeData([model.index(0)])
    assert mime.hasFormat(HIT_MIME)
    payload = json.loads(bytes(mime.data(HIT_MIME)).decode())
    assert payload["document_id"] == hits[0].document.id
    assert payload["paragraph_index"] == hits[0].paragraph_index
    assert payload["text"] == mime.text()
    assert hits_from_mime(mime)[0]["title"] == hits[0].document.title


def test_highlighted_html_escapes_and_clips():
    text = "<b>" + "甲" * 300 + "目标" + "乙" * 300
    out = highlighted_html(text, [(303, 305)], limit=100)
    assert out.startswith("…") and out.endswith("…")
    assert ">目标</span>" in out
    assert "<b>" not in out.replace('<span style="', "")  # the source's tag is escaped
    assert highlighted_html("甲乙丙", [(0, 2), (1, 3)]).count("</span>") == 1
