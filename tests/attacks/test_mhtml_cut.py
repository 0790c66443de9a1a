"""An .mhtml archive cut short (its closing boundary never comes) is read by one rule.

``drafter outline`` showed a cut archive's page as 《在全--XY》 (the page ending in a
piece of the boundary line) while ``drafter library add`` said 没有找到正文. The reader
now decides for both: a page cut before its body text is a ReadError saying the archive
is incomplete; a page cut inside its body is read with a warning naming the file; a
whole page in an archive cut after it is read with a milder warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main
from drafter.corpus.readers import ReadError, read_file
from drafter.messages import in_chinese

TITLE = "在全县办公室主任会议上的讲话"
PAGE = (
    f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
    f"<h1>{TITLE}</h1><p>同志们：今天我们召开会议，主要任务是总结工作、部署任务。</p>"
    "<p>一、提高认识。办公室任务非常繁重，既要服务领导、服务基层，又要参与政务。</p>"
    "</body></html>"
)
HEAD = (
    "From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--XY"\r\n\r\n'
    "----XY\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
)


def _archive(folder: Path, name: str, page: str) -> Path:
    path = folder / name
    path.write_bytes((HEAD + page).encode("utf-8"))  # no closing ----XY--
    return path


def test_cut_before_the_body_is_refused_by_outline_and_library_add(tmp_path, capsys):
    cut = _archive(tmp_path, "讲话.mhtml", "<html><head><title>在全--XY")
    with pytest.raises(ReadError, match="cut short before the page's body text"):
        read_file(cut)
    assert main(["outline", str(cut)]) != 0
    outline_err = capsys.readouterr().err
    assert "讲话.mhtml" in outline_err and "网页存档（.mhtml）不完整" in outline_err
    assert "在全--XY" not in outline_err
    lib = tmp_path / "lib"
    main(["library", "add", "--library", str(lib), str(cut)])
    out = capsys.readouterr()
    said = out.out + out.err
    assert "网页存档（.mhtml）不完整" in said and "没有找到正文" not in said


def test_cut_inside_the_body_is_read_with_a_warning_naming_the_file(tmp_path):
    cut_at = PAGE.index("一、提高认识") + len("一、提高")
    cut = _archive(tmp_path, "讲话.mhtml", PAGE[:cut_at] + "\r\n----X")
    doc = read_file(cut)
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.blocks[0].text == TITLE and "同志们" in text
    assert "----X" not in text and text.rstrip().endswith("一、提高")
    warning = next(w for w in doc.warnings if "cut short" in w)
    assert warning.startswith("讲话.mhtml: ")
    assert "不完整" in in_chinese(warning) and "请核对文末" in in_chinese(warning)


def test_a_whole_page_in_a_cut_archive_is_read_whole(tmp_path):
    cut = _archive(tmp_path, "讲话.mhtml", PAGE + "\r\n----XY\r\nContent-Type: image/png\r\n\r\nab")
    doc = read_file(cut)
    assert doc.blocks[0].text == TITLE and "政务" in doc.blocks[-1].text
    assert any("cut short after its page" in w for w in doc.warnings)
    closed = tmp_path / "完整.mhtml"
    closed.write_bytes((HEAD + PAGE + "\r\n----XY--\r\n").encode())
    assert not [w for w in read_file(closed).warnings if "cut short" in w]
