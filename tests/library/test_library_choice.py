"""Which library a command works on: ``--library``, else ``$DRAFTER_LIBRARY``, else the
window's remembered preference, else the user folder (or None) — one order for the
command line, ``drafter templates``, ``drafter review`` and the window."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.commands import library_access, review, templates
from drafter.library_choice import ENV_VAR, chosen_library, user_library_folder

URL = "postgresql://wang@db.office/drafter"


@pytest.mark.parametrize(
    ("given", "env", "preference", "fallback", "expected"),
    [
        ("/x/given", "/x/env", "/x/pref", True, Path("/x/given")),
        (None, "/x/env", "/x/pref", True, Path("/x/env")),
        ("", "", "/x/pref", True, Path("/x/pref")),
        (None, None, None, True, "USER"),
        (None, None, None, False, None),
        (f"  {URL} ", None, None, True, URL),  # a team library: a stripped string
        (None, URL, "/x/pref", True, URL),
        (None, None, "service=office", False, "service=office"),
        ("~/lib", None, None, True, Path.home() / "lib"),
    ],
)
def test_order_and_forms(monkeypatch, given, env, preference, fallback, expected):
    if env is None:
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, env)
    if expected == "USER":
        expected = user_library_folder()
    assert chosen_library(given, preference, fallback=fallback) == expected


@pytest.mark.parametrize("env", [None, "/x/env"])
@pytest.mark.parametrize("given", [None, "/x/given"])
def test_commands_choose_alike(monkeypatch, given, env):
    """The three commands agree: the library commands and ``templates`` fall back on the
    user folder, ``review`` runs without a library instead."""
    if env is None:
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, env)
    args = argparse.Namespace(library=given)
    named = given or env
    assert library_access.library_dir(args) == (Path(named) if named else user_library_folder())
    assert templates.library_dir(given) == library_access.library_dir(args)
    assert review._named_library(args) == named


def test_asking_loads_no_library_package():
    """``drafter review`` without a library must not pay for loading the library package
    (backends, Whoosh, jieba) to learn that none was named."""
    code = (
        "import sys; from drafter.library_choice import chosen_library; chosen_library(); "
        "print('drafter.library' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
