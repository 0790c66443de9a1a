"""Opening a file by its path asks the library for its record: when the library cannot
answer (a team database out of reach), the caller learns why instead of an exception or a
silent None, so it can read the file and say the user's corrections are not applied."""

from __future__ import annotations

from drafter.library import Library
from drafter.library.pg.connect import connection_error
from drafter.library.sync import UNREACHED_NOTE, held_or_unreached


def test_a_held_file_a_stranger_and_a_library_that_cannot_answer(tmp_path, monkeypatch):
    held = tmp_path / "讲话.txt"
    held.write_text("同志们：\n今天开个短会。\n第一，抓落实。\n第二，抓作风。\n", "utf-8")
    stranger = tmp_path / "别的.txt"
    stranger.write_text("另一篇稿子。\n", "utf-8")
    lib = Library.open(tmp_path / "lib", workers=1)
    try:
        list(lib.add([held]))
        info, why = held_or_unreached(lib, held)
        assert info.id == lib.documents()[0].id and why is None
        assert held_or_unreached(lib, stranger) == (None, None)

        def fail(_path):
            raise connection_error("postgresql://office/drafter", OSError("refused"))

        monkeypatch.setattr(lib, "document_at", fail)
        info, why = held_or_unreached(lib, held)
        assert info is None and "无法连接团队资料库" in str(why)
    finally:
        lib.close()
    assert "{why}" in UNREACHED_NOTE and "没有应用" in UNREACHED_NOTE


def test_outline_of_a_file_says_when_the_library_cannot_be_asked(tmp_path, monkeypatch, capsys):
    """``drafter outline FILE`` fell back to the file without a word when the library named
    failed to answer: it still prints the outline (rc 0), and says on stderr, in Chinese,
    that the user's corrections are not applied."""
    import drafter.library.sync as sync
    from drafter.cli import main

    held = tmp_path / "讲话.txt"
    held.write_text("同志们：\n今天开个短会。\n第一，抓落实。\n第二，抓作风。\n", "utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(held)]) == 0
    capsys.readouterr()

    def fail(_library, _path):
        raise connection_error("postgresql://office/drafter", OSError("refused"))

    monkeypatch.setattr(sync, "held_unchanged", fail)
    assert main(["--library", lib, "outline", str(held)]) == 0
    done = capsys.readouterr()
    assert "第一，抓落实" in done.out
    assert "按原文件读取" in done.err and "无法连接团队资料库" in done.err
