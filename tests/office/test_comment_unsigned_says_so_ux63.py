"""drafter comment add says when a comment goes unsigned.

Walking the head's path as an account that names no one (root, Administrator) with no
批注署名 set, ``comment add`` saved the comment without a name and said only 已添加批注:
in the 修订稿 Word showed it under 审阅人 and the writer could not tell whose it was. An
unsigned comment or reply is now said, with how to sign; a signed one says nothing more."""

from __future__ import annotations

import drafter.settings as settings_module
from drafter.cli import main
from drafter.drafts.store import save_draft
from tests.export.conftest import build_speech


def _setup(tmp_path, monkeypatch):
    monkeypatch.setattr(settings_module, "account_name", lambda: "")
    monkeypatch.setattr(
        settings_module, "default_settings_path", lambda: tmp_path / "none" / "settings.toml"
    )
    path = tmp_path / "稿件.json"
    save_draft(build_speech(), path)
    return path


def test_an_unsigned_comment_and_reply_are_said(tmp_path, monkeypatch, capsys):
    path = _setup(tmp_path, monkeypatch)
    assert main(["comment", "add", str(path), "请核实", "--at", "枢纽"]) == 0
    err = capsys.readouterr().err
    assert "这条批注没有署名" in err and "--author" in err and "「首选项 › 审稿」" in err
    assert main(["comment", "reply", str(path), "1", "好"]) == 0
    assert "没有署名" in capsys.readouterr().err


def test_a_signed_comment_says_nothing_more(tmp_path, monkeypatch, capsys):
    path = _setup(tmp_path, monkeypatch)
    assert main(["comment", "add", str(path), "请核实", "--at", "枢纽", "--author", "王主任"]) == 0
    assert capsys.readouterr().err == ""
