"""open_library: one entry for a folder or a team library URL."""

from __future__ import annotations

from pathlib import Path

from drafter.library import Library, LibraryBackend, describe, is_database_spec, open_library


def test_database_specs_are_told_from_folders():
    assert is_database_spec("postgresql://writer@db.office/drafter")
    assert is_database_spec("postgres://db/drafter?sslmode=verify-full")
    assert is_database_spec("service=drafter")
    assert not is_database_spec("/home/me/library")
    assert not is_database_spec(Path("postgresql:"))
    assert not is_database_spec(None)


def test_describe_never_shows_a_password():
    shown = describe("postgresql://writer:s3cret@db.office:5433/drafter?sslmode=require")
    assert "s3cret" not in shown
    assert shown == "postgresql://writer:***@db.office:5433/drafter?sslmode=require"
    assert describe("/data/library") == "/data/library"


def test_a_folder_opens_the_local_library(tmp_path):
    with open_library(str(tmp_path / "lib"), workers=1) as lib:
        assert isinstance(lib, Library)
        assert isinstance(lib, LibraryBackend)
        assert lib.location == str(tmp_path / "lib")
        before = lib.revision()
        lib.add_words(["三个服务"])
        assert lib.revision() != before
