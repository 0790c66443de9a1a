"""Bad input met by a batch: a looping link, a password, NUL bytes, an unreadable file, a
copy of a broken file under another name. Each is named by its full path in Chinese with
what to do, and the rest of the batch goes in. The files are built here, in the run."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.corpus.readers import ReadError, read_file
from drafter.corpus.signatures import OLE_MAGIC, is_encrypted_package

SPEECH = "在全市工作会议上的讲话\n\n同志们：\n\n一、充分肯定成绩\n\n过去一年，各项工作稳步推进。\n"


def _good(folder: Path, n: int) -> Path:
    path = folder / f"good_{n}.txt"
    path.write_text(SPEECH.replace("全市", f"第{n}次全市"), encoding="utf-8")
    return path


def _imported(lib: Path, capsys) -> set[str]:
    assert main(["library", "list", "--json", "--library", str(lib)]) == 0
    return {d["path"] for d in json.loads(capsys.readouterr().out)}


def _encrypted_docx(path: Path) -> Path:
    """The shape Word gives a .docx saved with an opening password: an OLE compound file
    (512-byte sectors, the directory in sector 0) whose streams are EncryptionInfo and
    EncryptedPackage."""
    header = bytearray(512)
    header[:8] = OLE_MAGIC
    struct.pack_into("<H", header, 0x1E, 9)  # sector size 2**9
    struct.pack_into("<I", header, 0x30, 0)  # the directory starts in sector 0
    directory = bytearray(512)
    for slot, name in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        encoded = name.encode("utf-16-le")
        directory[slot * 128 : slot * 128 + len(encoded)] = encoded
    path.write_bytes(bytes(header) + bytes(directory) + os.urandom(2048))
    return path


def test_a_looping_link_in_a_folder_fails_alone(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    good = [_good(folder, n) for n in range(2)]
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere" / "gone.txt")
    lib = tmp_path / "lib"
    # before: RuntimeError "Symlink loop" from Path.resolve stopped the whole import
    assert main(["library", "add", "--no-watch", str(folder), "--library", str(lib)]) == 1
    err = capsys.readouterr().err
    for name in ("a.txt", "b.txt", "gone.txt"):
        assert f"{folder / name}：这是一个符号链接" in err
    # before: the link to a missing file was named by its target, a path not in the folder
    assert "nowhere" not in err
    assert "意外错误" not in err
    assert {str(p) for p in good} <= _imported(lib, capsys)


def test_a_looping_link_given_by_name_is_said_to_be_one(tmp_path):
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    for name in ("a.txt", "gone.txt"):
        with pytest.raises(ReadError, match="symbolic link"):  # before: "file not found"
            read_file(tmp_path / name)


def test_a_copy_under_another_extension_is_not_given_the_other_formats_reason(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    junk = bytes(range(256)) * 8
    (folder / "junk.docx").write_bytes(junk)
    (folder / "junk.txt").write_bytes(junk)
    (folder / "same.txt").write_bytes(junk[:-1] + b"\x01")
    (folder / "same2.txt").write_bytes(junk[:-1] + b"\x01")
    _good(folder, 0)
    assert (
        main(["library", "add", "--no-watch", str(folder), "--library", str(tmp_path / "l")]) == 1
    )
    lines = {
        line.split("：", 1)[0].strip(" !"): line for line in capsys.readouterr().err.splitlines()
    }
    assert "Word" in lines[str(folder / "junk.docx")]
    # before: junk.txt was "不是有效的 Word 文档", the reason its twin junk.docx failed for
    assert "Word" not in lines[str(folder / "junk.txt")]
    assert f"与 {folder / 'junk.docx'} 的内容完全相同" in lines[str(folder / "junk.txt")]
    # the same extension fails for the same reason, said as it is
    assert "不是文本文件" in lines[str(folder / "same2.txt")]


def test_a_password_protected_docx_says_remove_the_password(tmp_path, capsys):
    locked = _encrypted_docx(tmp_path / "保密.docx")
    assert is_encrypted_package(locked)
    assert not is_encrypted_package(_good(tmp_path, 0))
    plain_ole = tmp_path / "old.doc"
    plain_ole.write_bytes(OLE_MAGIC + bytes(4000))
    assert not is_encrypted_package(plain_ole)
    # before: sent to LibreOffice, "文件已损坏，或不是扩展名所说的格式"
    assert main(["outline", str(locked)]) == 2
    err = capsys.readouterr().err
    assert f"{locked}：文件设了打开密码" in err and "取消密码" in err
    # export and compare open it as a draft, through the same conversion
    assert main(["export", "-o", str(tmp_path / "out.docx"), str(locked)]) == 2
    assert f"{locked}：文件设了打开密码" in capsys.readouterr().err
    assert not (tmp_path / "out.docx").exists()


def test_text_with_nul_bytes_is_read_with_a_warning(tmp_path, capsys):
    path = tmp_path / "断电.txt"
    path.write_bytes(SPEECH.encode("utf-8") + b"\x00" * 4096)  # a save cut off by a crash
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SPEECH.encode("gbk").replace("同志们".encode("gbk"), b"\x00\x00"))
    assert main(["outline", str(path)]) == 0  # before: "不是文本文件"
    out = capsys.readouterr().out
    assert "同志们" in out and "已删除 4096 个空字节" in out
    assert "充分肯定成绩" in "".join(b.text for b in read_file(gbk).blocks)
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ReadError, match="not a text file"):
        read_file(binary)


def _without_file_permission_override() -> list[str] | None:
    """A prefix that makes file permissions apply: none needed for another user; for root
    (CI), setpriv dropping the capabilities that bypass them; None when neither is there."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    probe = subprocess.run(
        [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "true"], capture_output=True
    )
    return (
        [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"] if probe.returncode == 0 else None
    )


def test_an_unreadable_file_fails_alone_even_for_root(tmp_path):
    prefix = _without_file_permission_override()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be made to apply")
    folder = tmp_path / "in"
    folder.mkdir()
    good = _good(folder, 0)
    secret = _good(folder, 1)
    secret.chmod(0)
    try:
        run = subprocess.run(
            [*prefix, sys.executable, "-m", "drafter", "--library", str(tmp_path / "l")]
            + ["library", "add", "--no-watch", str(folder)],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        )
    finally:
        secret.chmod(0o644)
    assert run.returncode == 1, run.stderr
    assert f"{secret}：没有权限访问" in run.stderr
    assert str(good) not in run.stderr and "新增 1" in run.stderr + run.stdout


def test_a_file_named_with_a_leading_dash_is_told_how_to_name_it(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-报告.txt").write_text(SPEECH, encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["outline", "-报告.txt"])  # argparse takes it for an option
    assert done.value.code == 2
    # before: only "缺少必需的参数：FILE", for a file the user can see
    assert "请写成 ./-报告.txt" in capsys.readouterr().err
    assert main(["outline", "./-报告.txt"]) == 0
    assert main(["outline", "--", "-报告.txt"]) == 0


def _page(charset: str, body: str, title: str = "讲话") -> str:
    head = f'<meta charset="{charset}"><title>{title}</title>'
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_utf8_page_labelled_latin1_is_read_as_utf8_with_a_warning(tmp_path, capsys):
    """An editor re-saves a page as UTF-8 and keeps the site's ``<meta charset>``; read by
    the label, the speech went into the library as mojibake ("《è®²è¯》")."""
    paras = "".join(f"<p>{p}</p>" for p in SPEECH.split("\n\n") if p.strip())
    page = tmp_path / "讲话 网页.html"
    page.write_bytes(_page("iso-8859-1", paras).encode("utf-8"))
    assert main(["outline", str(page)]) == 0
    out = capsys.readouterr().out
    assert "《在全市工作会议上的讲话》" in out
    assert "网页声明的编码 iso-8859-1 与内容不符，已按 utf-8 读取" in out
    # a real Latin-1 page keeps its label: é and its UTF-8 twin read alike, no override
    latin = tmp_path / "latin.html"
    latin.write_bytes(
        _page("iso-8859-1", "<p>Le café est très bon, déjà.</p>", "Café").encode("latin-1")
    )
    assert main(["outline", str(latin)]) == 0
    out = capsys.readouterr().out
    assert "café" in out and "网页声明的编码" not in out


def test_each_empty_file_is_said_to_be_empty_not_a_copy_of_another(tmp_path, capsys):
    """Before: empty.txt beside empty.docx was "与 …/empty.docx 的内容完全相同，那个文件
    无法读取" (no bytes are the same bytes), sending the user to another file's line."""
    folder = tmp_path / "批量 导入"
    folder.mkdir()
    good = _good(folder, 1)
    empties = [folder / "empty.docx", folder / "empty.txt", folder / "《空》.md"]
    for path in empties:
        path.write_bytes(b"")
    lib = tmp_path / "lib"
    assert main(["library", "add", str(folder), "--library", str(lib)]) == 1
    err = capsys.readouterr().err
    for path in empties:
        assert f"{path}：文件是空的" in err, err
    assert "内容完全相同" not in err
    assert _imported(lib, capsys) == {str(good)}


def test_an_export_or_redline_onto_its_own_source_is_refused_and_the_source_kept(tmp_path, capsys):
    """Before: ``export -o 讲话.txt 讲话.txt`` and ``compare -o OLD OLD NEW`` wrote over
    the file being read; the user's original (here GBK, in the office's own layout) was
    gone. Now one line names it, and the file is byte for byte what it was."""
    folder = tmp_path / "我的 讲话稿"
    folder.mkdir()
    own = folder / "《讲话》 原稿.txt"
    own.write_bytes(SPEECH.encode("gbk"))
    other = _good(folder, 2)
    before = own.read_bytes()
    assert main(["export", "-o", str(own), str(own)]) == 2
    assert f"{own}：这是要读取的原文，写出会覆盖它" in capsys.readouterr().err
    # the same file by another spelling of its path
    roundabout = folder / ".." / folder.name / own.name
    assert main(["export", "-o", str(roundabout), str(own)]) == 2
    assert "这是要读取的原文" in capsys.readouterr().err
    redline = folder / "旧稿.docx"
    shutil.copyfile(Path(__file__).parent / "__init__.py", redline)  # any bytes: a "file"
    kept = redline.read_bytes()
    assert main(["compare", "-o", str(redline), str(redline), str(other)]) == 2
    assert f"{redline}：这是要读取的原文" in capsys.readouterr().err
    assert own.read_bytes() == before and redline.read_bytes() == kept
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [own.name, other.name, redline.name]
    )  # no temp file left beside them
    # a new name still exports
    assert main(["export", "-o", str(folder / "新稿.docx"), str(own)]) == 0
