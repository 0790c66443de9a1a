"""``drafter review --comment`` and ``drafter comment add`` without --author sign with the
Preferences' 批注署名, else the account's name, as the app proposes; the generic 审稿 only
when neither is known, and then said on stderr."""

from __future__ import annotations

import getpass
from types import SimpleNamespace

import pytest

import drafter.settings
from drafter.cli import main
from drafter.drafts.store import load_draft
from drafter.settings import Settings

pwd = pytest.importorskip("pwd", reason="the account's full name is read from pwd (POSIX)")

TEXT = "在全区工作会议上的讲话\n同志们：\n要认真学习,做好工作。\n"


@pytest.fixture
def account(monkeypatch, tmp_path):
    """No settings file of the user's own; the account named by ``set(gecos, login)``."""
    monkeypatch.setattr(drafter.settings, "default_settings_path", lambda: tmp_path / "s.toml")

    def set_account(gecos: str, login: str) -> None:
        monkeypatch.setattr(pwd, "getpwuid", lambda _uid: SimpleNamespace(pw_gecos=gecos))
        monkeypatch.setattr(getpass, "getuser", lambda: login)

    return set_account


def _review(tmp_path, capsys) -> tuple[set[str], str]:
    src = tmp_path / "稿.txt"
    src.write_text(TEXT, "utf-8")
    out = tmp_path / "稿.json"
    main(["review", str(src), "--comment", "-o", str(out), "--force"])
    err = capsys.readouterr().err
    return {c.author for c in load_draft(out).comments}, err


def test_review_comments_sign_with_the_account_or_preferences(account, tmp_path, capsys):
    account("王建国,,,", "wangjg")
    authors, err = _review(tmp_path, capsys)
    assert authors == {"王建国"} and "审稿" not in err
    Settings(reviewer_name="李处长").save(tmp_path / "s.toml")
    assert _review(tmp_path, capsys)[0] == {"李处长"}


def test_the_generic_name_is_said_when_nothing_names_the_user(account, tmp_path, capsys):
    account("", "Administrator")
    authors, err = _review(tmp_path, capsys)
    assert authors == {"审稿"}
    assert "提示：未设批注署名，批注署为“审稿”" in err
