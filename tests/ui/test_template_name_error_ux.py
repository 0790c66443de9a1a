"""以此文为模板 with a name a file cannot take says why in Chinese: the status bar read
“无法保存模板：'.abc' cannot be a template name (no / \\ : * ? " < > |)”."""

from __future__ import annotations


def test_a_bad_template_name_is_refused_in_chinese(studied, monkeypatch):
    window, _panel, _library, _first = studied
    said: list[str] = []
    window.gallery.status_message.connect(said.append)
    monkeypatch.setattr(window, "_ask_template_name", lambda _default: ".abc")
    window._template_from_document("")
    assert said and said[-1].startswith("无法保存模板：不能用作模板名称")
    assert "cannot" not in said[-1]
