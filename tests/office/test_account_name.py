"""The name proposed as 批注署名 the first time a comment is made: the account's full name,
else its login, never a shared PC's Administrator (:func:`drafter.settings.account_name`)."""

from __future__ import annotations

import getpass
from types import SimpleNamespace

import pytest

from drafter.settings import account_name

pwd = pytest.importorskip("pwd", reason="the full name is read from pwd (POSIX)")


def _account(monkeypatch, gecos: str, login: str) -> None:
    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: SimpleNamespace(pw_gecos=gecos))
    monkeypatch.setattr(getpass, "getuser", lambda: login)


def test_the_full_name_first_then_the_login(monkeypatch):
    _account(monkeypatch, "王建国,,,", "wangjg")
    assert account_name() == "王建国"
    _account(monkeypatch, "", "wangjg")
    assert account_name() == "wangjg"


def test_a_login_that_names_no_one_proposes_nothing(monkeypatch):
    _account(monkeypatch, "", "Administrator")
    assert account_name() == ""
    _account(monkeypatch, "root", "root")
    assert account_name() == ""
