"""The .txt reader and the dispatcher: encodings, line ends, non-text and file errors."""

from __future__ import annotations

import os
import sys
import warnings

import pytest

from drafter.corpus.model import ReadError
from drafter.corpus.readers import SUPPORTED_SUFFIXES, encoding, read_file

SPEECH = "在全区办公室主任会议上的讲话\n\n同志们：\n一、提高政治站位\n要坚持学习。"


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-be-bom", "utf-16-be"),
        ("utf-16-le", "utf-16-le"),  # no BOM: found by the zero-byte pattern
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_are_detected(write_bytes, codec, expected):
    if codec == "utf-16-be-bom":
        data = b"\xfe\xff" + SPEECH.encode("utf-16-be")
    else:
        data = SPEECH.encode(codec)
    doc = read_file(write_bytes("speech.txt", data))
    assert doc.text == SPEECH
    assert doc.encoding == expected
    assert doc.format == "txt"
    assert doc.warnings == []


@pytest.mark.parametrize("text", ["你好", "中", "讲话", "同志们：", "一、", "第3页", "（二）"])
def test_very_short_gbk_is_read_as_gbk(write_bytes, text):
    doc = read_file(write_bytes("short.txt", text.encode("gbk")))
    assert doc.text == text
    assert doc.encoding == "gb18030"


def test_gbk_that_happens_to_be_valid_utf8_is_still_gbk(write_bytes):
    # Hanzi whose GBK bytes form valid two-byte UTF-8 (C2-DF 80-BF): a short file of them
    # decodes as UTF-8 into Latin/Cyrillic/Arabic letters unless plausibility is checked.
    candidates = [ch for ch in map(chr, range(0x4E00, 0x9FA6)) if _gbk_is_utf8(ch)]
    common = [ch for ch in candidates if ch in encoding._COMMON_HANZI]
    assert common, "some common hanzi encode in GBK as valid UTF-8"
    text = common[0] * 2
    doc = read_file(write_bytes("accident.txt", text.encode("gbk")))
    assert doc.text == text
    assert doc.encoding == "gb18030"


def _gbk_is_utf8(ch: str) -> bool:
    try:
        ch.encode("gbk").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


def test_big5_traditional_chinese(write_bytes):
    text = "我們要堅持以人民為中心的發展思想，推動經濟社會高品質發展。"
    doc = read_file(write_bytes("big5.txt", text.encode("big5")))
    assert (doc.text, doc.encoding) == (text, "cp950")


def test_utf8_cut_mid_character_is_still_utf8(write_bytes):
    text = "要坚持问题导向，聚焦群众反映强烈的突出问题，持续开展专项整治。"
    doc = read_file(write_bytes("cut.txt", text.encode()[:-1]))
    assert doc.encoding == "utf-8"
    assert doc.text == text[:-1] + "\ufffd"
    assert doc.warnings == ["cut.txt: 1 invalid UTF-8 byte sequence(s) replaced by \ufffd"]


def test_bomless_utf16_of_chinese_with_line_ends(write_bytes):
    text = "关于进一步加强机关作风建设的意见\n一是统一思想\n二是狠抓落实\n"
    for codec in ("utf-16-le", "utf-16-be"):
        doc = read_file(write_bytes(f"{codec}.txt", text.encode(codec)))
        assert doc.encoding == codec
        assert doc.text == text.rstrip("\n")


def test_line_ends_are_normalised_and_empty_lines_kept(write_bytes):
    data = "标题\r\n\r\n第一段\r第二段\n\n\n第三段\n".encode()
    doc = read_file(write_bytes("crlf.txt", data))
    assert [b.text for b in doc.blocks] == ["标题", "", "第一段", "第二段", "", "", "第三段"]
    assert all(b.heading_level is None and b.kind == "text" for b in doc.blocks)


def test_form_feed_and_line_separator_do_not_split_lines(write_bytes):
    doc = read_file(write_bytes("ff.txt", "甲\x0c乙\u2028丙\n丁".encode()))
    assert [b.text for b in doc.blocks] == ["甲\x0c乙\u2028丙", "丁"]


def test_utf8_fast_path_never_calls_charset_normalizer(write_bytes, monkeypatch):
    def boom(data):
        raise AssertionError("charset-normalizer must not run on valid UTF-8")

    monkeypatch.setattr(encoding, "_charset_normalizer", boom)
    doc = read_file(write_bytes("big.txt", (SPEECH + "\n").encode() * 2000))
    assert doc.encoding == "utf-8"
    assert len(doc.blocks) == 5 * 2000


def test_a_stray_control_character_is_removed_with_a_warning(write_bytes):
    text = "第一段内容很长" * 40 + "\x1b" + "\n第二段"
    doc = read_file(write_bytes("esc.txt", text.encode()))
    assert "\x1b" not in doc.text
    assert any("control character" in w for w in doc.warnings)
    assert doc.warnings[0].startswith("esc.txt: ")


def test_dos_end_of_file_mark_is_dropped_silently(write_bytes):
    doc = read_file(write_bytes("dos.txt", "旧文件\r\n最后一行\r\n\x1a".encode("gbk")))
    assert doc.text == "旧文件\n最后一行"
    assert doc.warnings == []


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "JPEG"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(50), "ZIP"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x00\x01\x02\x03\x04\x05" * 100, "binary"),
        (os.urandom(0) + bytes([0x80 + (i * 37) % 128 for i in range(999)]), ""),
    ],
)
def test_binary_content_is_a_clear_error(write_bytes, data, hint):
    with pytest.raises(ReadError) as err:
        read_file(write_bytes("报告.txt", data))
    message = str(err.value)
    assert message.startswith("报告.txt: not a text file")
    assert hint in message
    assert "\n" not in message


def test_empty_and_blank_files_are_errors(write_bytes):
    with pytest.raises(ReadError, match=r"^empty\.txt: the file is empty$"):
        read_file(write_bytes("empty.txt", b""))
    with pytest.raises(ReadError, match=r"^blank\.txt: no text found"):
        read_file(write_bytes("blank.txt", " \n\n\u3000\n".encode()))


def test_missing_file_directory_and_unknown_type(tmp_path):
    with pytest.raises(ReadError, match=r"^nope\.txt: file not found"):
        read_file(tmp_path / "nope.txt")
    for name in ("folder.txt", "folder"):
        folder = tmp_path / name
        folder.mkdir()
        with pytest.raises(ReadError, match=rf"^{name}: is a folder"):
            read_file(folder)
    other = tmp_path / "slides.pptx"
    other.write_bytes(b"x")
    with pytest.raises(ReadError) as err:
        read_file(other)
    assert str(err.value).startswith("slides.pptx: '.pptx' files are not supported")
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in str(err.value)
    bare = tmp_path / "README"
    bare.write_text("x")
    with pytest.raises(ReadError, match="without an extension"):
        read_file(bare)


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="file permissions are not enforced for root or on Windows",
)
def test_permission_denied(write_bytes):
    path = write_bytes("secret.txt", "内容".encode())
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match=r"^secret\.txt: permission denied"):
            read_file(path)
    finally:
        path.chmod(0o644)


def test_suffix_is_case_insensitive_and_str_paths_work(write_bytes):
    path = write_bytes("UPPER.TXT", "大写后缀".encode())
    doc = read_file(str(path))
    assert doc.text == "大写后缀"
    assert doc.path == str(path)


@pytest.mark.shared
def test_seeds_read_as_utf8_without_warnings(shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert len(seeds) == 3
    for seed in seeds:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no Python warnings either
            doc = read_file(seed)
        assert doc.encoding == "utf-8", seed.name
        assert doc.warnings == [], seed.name
        assert len(doc.blocks) > 20
        raw = seed.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert doc.text == (raw[:-1] if raw.endswith("\n") else raw)


@pytest.mark.parametrize(
    ("text", "codec", "expected_codec"),
    [
        ("0么", "gb18030", "gb18030"),  # C3 B4 is also UTF-8 "ô": judged on the differing char
        ("1么3", "gbk", "gb18030"),
        ("café", "utf-8", "utf-8"),  # é and its GB18030 twin 茅 score alike: UTF-8 stays
        ("Größe naïve", "utf-8", "utf-8"),
    ],
)
def test_short_gbk_that_is_also_valid_utf8_is_judged_on_its_non_ascii_characters(
    text, codec, expected_codec
):
    from drafter.corpus.readers.encoding import decode_text

    decoded = decode_text(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, expected_codec)
