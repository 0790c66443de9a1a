"""Old Word/WPS/RTF files through LibreOffice: the message without it, the conversion with it."""

from __future__ import annotations

import pytest
from soffice import soffice_convert

from drafter.corpus.model import ReadError
from drafter.corpus.readers import convert, read_file

OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.fixture
def no_soffice(monkeypatch):
    monkeypatch.setattr(convert, "find_soffice", lambda: None)


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".rtf"])
def test_without_libreoffice_the_message_says_how_to_convert(write_bytes, no_soffice, suffix):
    path = write_bytes(f"旧文件{suffix}", OLE_HEADER)
    with pytest.raises(ReadError) as err:
        read_file(path)
    assert str(err.value) == (
        f"旧文件{suffix}: {suffix} files need LibreOffice to convert; install LibreOffice "
        "or save the file as .docx in Word/WPS (另存为 .docx)"
    )


def test_old_doc_renamed_docx_is_treated_as_doc(write_bytes, no_soffice):
    with pytest.raises(ReadError, match=r"^renamed\.docx: \.doc files need LibreOffice"):
        read_file(write_bytes("renamed.docx", OLE_HEADER))


def _sample_docx(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("关于做好年终工作的通知", 1)
    d.add_paragraph("各单位：")
    path = tmp_path / "converted-result.docx"
    d.save(str(path))
    return path


def test_conversion_result_is_read_as_the_original_format(tmp_path, write_bytes, fake_soffice):
    fake_soffice("copy", _sample_docx(tmp_path))
    path = write_bytes("通知.wps", OLE_HEADER)
    doc = read_file(path)
    assert doc.format == "wps"
    assert doc.path == str(path)
    assert [(b.text, b.heading_level) for b in doc.blocks] == [
        ("关于做好年终工作的通知", 1),
        ("各单位：", None),
    ]


def test_failed_conversion_is_a_clear_error(write_bytes, fake_soffice):
    fake_soffice("fail")
    with pytest.raises(ReadError) as err:
        read_file(write_bytes("坏的.doc", OLE_HEADER))
    message = str(err.value)
    assert message.startswith("坏的.doc: LibreOffice could not convert the file")
    assert "could not be loaded" in message


def test_conversion_timeout_ends_libreoffice(write_bytes, fake_soffice):
    fake_soffice("hang")
    path = write_bytes("慢.rtf", b"{\\rtf1 hello}")
    with pytest.raises(
        ReadError, match=r"^慢\.rtf: LibreOffice did not finish converting within 1 s"
    ):
        convert.read_converted(path, timeout=1)


NO_SOFFICE = pytest.mark.skipif(
    convert.find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: real .doc/.rtf conversion is not tested",
)


@NO_SOFFICE
def test_real_libreoffice_converts_rtf(tmp_path):
    path = tmp_path / "real.rtf"
    path.write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Hello from RTF\par Second\par}")
    doc = read_file(path)
    assert doc.format == "rtf"
    assert [b.text for b in doc.blocks if b.text] == ["Hello from RTF", "Second"]


@pytest.mark.slow
@NO_SOFFICE
def test_real_doc_keeps_headings_and_numbering(tmp_path, docx_helpers):
    """A .doc made by LibreOffice from a numbered Word outline reads back the same."""

    import docx

    d = docx.Document()
    d.add_paragraph("关于做好年终工作的通知", style="Title")
    docx_helpers.abstract_num(
        d,
        90,
        [{"fmt": "chineseCounting", "text": "%1、"}, {"fmt": "chineseCounting", "text": "（%2）"}],
    )
    docx_helpers.num(d, 91, 90)
    for text, ilvl in [("总体要求", 0), ("指导思想", 1), ("基本原则", 1), ("主要任务", 0)]:
        docx_helpers.numbering(d.add_heading(text, ilvl + 1), 91, ilvl)
    d.add_paragraph("正文内容。")
    source = tmp_path / "notice.docx"
    d.save(str(source))
    soffice_convert([source], "doc", tmp_path, profile=tmp_path / "profile", timeout=120)
    doc = read_file(tmp_path / "notice.doc")
    assert doc.format == "doc"
    assert [(b.numbering, b.heading_level, b.kind, b.text) for b in doc.blocks] == [
        (None, None, "title", "关于做好年终工作的通知"),
        ("一、", 1, "text", "总体要求"),
        ("（一）", 2, "text", "指导思想"),
        ("（二）", 2, "text", "基本原则"),
        ("二、", 1, "text", "主要任务"),
        (None, None, "text", "正文内容。"),
    ]
