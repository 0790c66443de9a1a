"""A file read without a word of text is said in terms of its form: an empty or BOM-only .txt
was told 文件中没有文字（扫描件需先做文字识别）, which fits a scanned PDF, not a text file the
writer saved blank. Each message keeps the file's full path on the command line."""

from __future__ import annotations

import docx
import pytest

from drafter.corpus.readers import ReadError, read_file
from drafter.messages import cli_error

SCAN = "扫描件需先做文字识别"


def _blank_docx(path):
    docx.Document().save(str(path))


CASES = [
    ("bom.txt", b"\xef\xbb\xbf", "只有空行、空格或看不见的编码标记"),
    ("blank.txt", " \r\n\r\n\u3000\n".encode(), "只有空行、空格"),
    ("blank.md", b"\n\n   \n", "只有空行、空格"),
    ("blank.html", b"<html><body><img src='a.png'></body></html>", "网页中没有文字"),
    ("blank.htm", b"<html><body>  </body></html>", "网页中没有文字"),
    ("blank.docx", _blank_docx, "空白文档，或只有图片"),
]


@pytest.mark.parametrize("name,content,said", CASES, ids=[c[0] for c in CASES])
def test_a_file_without_text_is_told_what_fits_its_form(tmp_path, name, content, said):
    path = tmp_path / "稿件" / name
    path.parent.mkdir()
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    with pytest.raises(ReadError, match=rf"^{name}: no text found") as err:
        read_file(path)
    line = cli_error(err.value, [path])
    assert line.startswith(f"{path}：") and said in line, line
    assert SCAN not in line or name.endswith(".docx")  # pictures in a document may need OCR


def test_a_pdf_without_text_keeps_the_scan_hint():
    assert cli_error(ReadError("a.pdf: no text found in the file"), ["/x/a.pdf"]) == (
        f"/x/a.pdf：文件中没有文字（{SCAN}）"
    )
