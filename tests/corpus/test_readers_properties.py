"""Property tests: no input crashes a reader, and text survives every supported encoding."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.corpus.model import RawDocument, ReadError
from drafter.corpus.readers import convert, read_file
from drafter.corpus.readers.encoding import _COMMON_HANZI
from drafter.corpus.readers.markdown import parse_markdown

FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Realistic Chinese prose: common hanzi, ASCII, CJK punctuation and line ends.
CHINESE = st.text(
    alphabet=st.sampled_from(
        sorted(_COMMON_HANZI)
        + list("abcXYZ0123456789 .,:;()-")
        + list("，。、；：？！“”（）《》　\n")
    ),
    min_size=1,
    max_size=200,
).filter(lambda s: s.strip())

# Any text at all (no control characters or lone surrogates, which no text file holds).
ANY_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=200
).filter(lambda s: s.strip())


def _read(name: str, data: bytes):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return read_file(path)


def _read_or_error(name: str, data: bytes):
    try:
        doc = _read(name, data)
    except ReadError as exc:
        message = str(exc)
        assert message.startswith(name + ": ")
        assert "\n" not in message
        return None
    assert isinstance(doc, RawDocument)
    assert all(isinstance(b.text, str) and "\n" not in b.text for b in doc.blocks)
    return doc


def _expected(text: str) -> str:
    return text[:-1] if text.endswith("\n") else text


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".pdf", ".rtf"])
@FAST
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_a_reader(suffix, data, monkeypatch):
    # LibreOffice (when installed) takes seconds per file: the .rtf case checks the path
    # around it; its own behaviour is tested in test_readers_convert.
    monkeypatch.setattr(convert, "find_soffice", lambda: None)
    _read_or_error("任意" + suffix, data)


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory, pdf_builder) -> dict[str, bytes]:
    """Small real .docx and .pdf files, to be damaged by the test."""
    import docx

    folder = tmp_path_factory.mktemp("valid")
    d = docx.Document()
    d.add_heading("一、总体要求", 1)
    d.add_paragraph("坚持稳中求进工作总基调。")
    d.add_table(rows=1, cols=2).cell(0, 1).text = "表格"
    d.save(str(folder / "x.docx"))
    pdf_builder(folder / "x.pdf", [("title", "标题"), ("p", "正文内容" * 20)])
    return {s: (folder / f"x{s}").read_bytes() for s in (".docx", ".pdf")}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@FAST
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_real_files_never_crash_a_reader(suffix, edits, valid_files):
    data = bytearray(valid_files[suffix])
    for where, value in edits:
        data[min(int(where * len(data)), len(data) - 1)] = value
    _read_or_error("损坏" + suffix, bytes(data))


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
@FAST
@given(text=CHINESE)
def test_chinese_text_round_trips_in_every_encoding(codec, text):
    if codec.startswith("utf-16-"):
        data = (b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff") + text.encode(codec)
    else:
        data = text.encode(codec)
    doc = _read("往返.txt", data)
    assert doc.text == _expected(text)


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
@FAST
@given(text=ANY_TEXT)
def test_any_text_round_trips_with_a_bom(codec, text):
    doc = _read("往返.txt", text.encode(codec))
    assert doc.text == _expected(text)


@FAST
@given(text=ANY_TEXT)
def test_any_text_after_a_chinese_line_round_trips_as_utf8(text):
    """Without a BOM, a few bytes alone can be ambiguous; with a line of Chinese they are not."""
    text = "关于进一步加强机关作风建设的实施意见\n" + text
    doc = _read("往返.txt", text.encode())
    assert doc.text == _expected(text)
    assert doc.encoding == "utf-8"


@FAST
@given(lines=st.lists(st.text(alphabet=st.sampled_from("#*_`[]()!<>-=|~\\ \t:abc一二、\u3000"))))
def test_markdown_parser_takes_any_lines(lines):
    lines = [line.replace("\n", "") for line in lines]
    blocks = parse_markdown(lines)
    assert len(blocks) <= len(lines)
    for block in blocks:
        assert "\n" not in block.text
        assert block.heading_level in (None, 1, 2, 3, 4, 5, 6)


# Characters XML 1.0 can hold, without line breaks (a Word paragraph is one line).
PARAGRAPH_TEXT = st.text(
    alphabet=st.characters(
        exclude_categories=("Cc", "Cs", "Co"),
        exclude_characters="\u2028\u2029\ufffe\uffff",
        include_characters="\t",
    ),
    max_size=60,
)


@FAST
@given(paragraphs=st.lists(PARAGRAPH_TEXT, min_size=1, max_size=6).filter(
    lambda ps: any(p.strip() for p in ps)
))  # fmt: skip
def test_word_paragraph_text_round_trips(paragraphs):
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "往返.docx"
        d.save(str(path))
        doc = read_file(path)
    assert [b.text for b in doc.blocks] == paragraphs
