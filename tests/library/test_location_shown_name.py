"""The name the status bar shows a library by (ux57): a folder's full path, a team library's
server and database; never a password nor the user name a URL carries."""

from __future__ import annotations

import os

from drafter.library.location import shown_name


def test_team_library_is_named_by_server_and_database_never_its_password():
    assert shown_name("postgresql://wang:secret@db.office/drafter") == "db.office/drafter"
    assert shown_name("postgresql://wang@db.office:5433/drafter") == "db.office:5433/drafter"
    assert shown_name("postgresql:///drafter?host=/run/postgresql") == "本机/drafter"
    assert shown_name("service=office password=secret") == "office"
    assert shown_name("~/lib") == os.path.expanduser("~/lib")
