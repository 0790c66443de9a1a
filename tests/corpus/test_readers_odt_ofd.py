"""The .odt and .ofd readers on files written here (tests/odt_writer.py, tests/ofd_writer.py):
what the format says of headings, numbers, bold, notes and page chrome comes through, what
is not the text stays out, and a damaged file is one clear error naming it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from odt_writer import write_odt
from ofd_writer import Para, write_ofd

from drafter.corpus import load_document
from drafter.corpus.model import ReadError
from drafter.corpus.readers import SUPPORTED_SUFFIXES, read_file

BODY = (
    "我们要深入贯彻落实党的二十大精神，坚持以人民为中心的发展思想，推动经济社会高质量发展，"
    "确保各项目标任务落到实处。"
)

_LIST_STYLE = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-suffix="、" '
    'style:num-format="一, 二, 三, ..."/>'
    '<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" '
    'style:num-format="一, 二, 三, ..."/></text:list-style>'
)
_STYLES = (
    '<style:style style:name="Title" style:family="paragraph" style:display-name="Title"/>'
    '<style:style style:name="Quotations" style:family="paragraph"/>' + _LIST_STYLE
)
_AUTO = (
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
)
_HEADER = (
    '<style:master-page style:name="Standard"><style:header><text:p>某某县人民政府办公室</text:p>'
    "</style:header><style:footer><text:p>— <text:page-number/> —</text:p></style:footer>"
    "</style:master-page>"
)


def _odt_body() -> str:
    def heading(text: str, level: int, cont: bool) -> str:
        attr = ' text:continue-numbering="true"' if cont else ""
        inner = f'<text:h text:outline-level="{level}">{text}</text:h>'
        if level == 2:
            inner = f"<text:list><text:list-item>{inner}</text:list-item></text:list>"
            return f'<text:list text:style-name="L1"{attr}><text:list-header>{inner}</text:list-header></text:list>'
        return f'<text:list text:style-name="L1"{attr}><text:list-item>{inner}</text:list-item></text:list>'

    return (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
        "<office:change-info><dc:creator>审稿人</dc:creator></office:change-info>"
        "<text:p>这句已被删去的话</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        '<text:p text:style-name="Title">在全县作风建设大会上的讲话</text:p>'
        "<text:p>同志们：</text:p>"
        f'<text:p>{BODY}<text:change text:change-id="c1"/>'
        "<office:annotation><dc:creator>办公室</dc:creator><text:p>此处请核实数字</text:p>"
        "</office:annotation>新增加的一句。</text:p>"
        + heading("充分认识作风建设的重要意义", 1, False)
        + f'<text:p><text:span text:style-name="T1">一是抓学习。</text:span>{BODY}</text:p>'
        + f'<text:p>{BODY}<text:note text:id="n1" text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>见县委办公室有关通知。</text:p></text:note-body></text:note>要坚持不懈。</text:p>"
        + heading("突出抓好作风建设的重点任务", 1, True)
        + f"<text:p>{BODY}</text:p>"
        '<text:p text:style-name="Quotations">编者按：本文根据录音整理。</text:p>'
    )


def test_odt_headings_numbers_bold_notes_and_what_stays_out(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "讲话.odt", _odt_body(), _AUTO, _STYLES, _HEADER)
    raw = read_file(path)
    text = raw.text
    for absent in ("这句已被删去的话", "此处请核实数字", "某某县人民政府办公室", "— 1 —"):
        assert absent not in text
    assert "新增加的一句。" in text  # a tracked insertion, read as if accepted
    heads = [(b.numbering, b.text, b.heading_level) for b in raw.blocks if b.heading_level]
    assert heads == [
        ("一、", "充分认识作风建设的重要意义", 1),
        ("二、", "突出抓好作风建设的重点任务", 1),
    ]
    assert raw.blocks[0].kind == "title"
    lead = next(b for b in raw.blocks if b.text.startswith("一是抓学习"))
    assert lead.bold == "一是抓学习。"
    noted = next(b for b in raw.blocks if "要坚持不懈" in b.text)
    assert "[1]要坚持不懈" in noted.text
    assert raw.blocks[-1].text == "[1] 见县委办公室有关通知。"
    assert any(b.kind == "quote" for b in raw.blocks)
    doc = load_document(path)
    assert doc.metadata.title == "在全县作风建设大会上的讲话"
    labels = [s.label for s in doc.outline.sections]
    assert labels == ["一、充分认识作风建设的重要意义", "二、突出抓好作风建设的重点任务"]


def _speech() -> list[Para]:
    return [
        Para("在全县经济工作会议上的讲话", "title"),
        Para("同志们："),
        Para(BODY * 2),
        Para("一、充分肯定去年工作成绩", "heading1"),
        Para(BODY * 3),
        Para("（一）经济运行稳中有进。", "heading2"),
        Para(BODY * 9),  # runs over a page break
        Para("（二）改革开放持续深化。", "heading2"),
        Para(BODY),
        Para("二、准确把握今年形势", "heading1"),
        Para(BODY),
        Para("同志们，让我们团结一心，开拓进取，为全面建设社会主义现代化国家作出新的更大贡献！"),
        Para("2024年1月5日", "right"),
    ]


@pytest.mark.parametrize("outline", [False, True], ids=["no-outline", "outline"])
def test_ofd_lines_joined_over_pages_chrome_out_outline_levels(tmp_path: Path, outline) -> None:
    entries = [
        ("一、充分肯定去年工作成绩", 1),
        ("（一）经济运行稳中有进。", 2),
        ("（二）改革开放持续深化。", 2),
        ("二、准确把握今年形势", 1),
    ]
    path = write_ofd(
        tmp_path / "讲话.ofd",
        _speech(),
        outline=entries if outline else None,
        watermark="内部资料",
    )
    with zipfile.ZipFile(path) as z:
        assert sum(n.endswith("Content.xml") and "Pages/" in n for n in z.namelist()) >= 2
    raw = read_file(path)
    texts = [b.text for b in raw.blocks]
    assert BODY * 9 in texts  # joined over its lines and the page break
    for absent in ("某某县人民政府办公室", "内部资料", "— 1 —", "— 2 —"):
        assert not any(absent in t for t in texts)
    levels = {b.text: b.heading_level for b in raw.blocks if b.heading_level}
    assert levels == (dict(entries) if outline else {})
    doc = load_document(path)
    assert doc.metadata.title == "在全县经济工作会议上的讲话"
    assert doc.metadata.date == "2024-01-05"
    labels = [s.label for s in doc.outline.sections]
    assert labels == ["一、充分肯定去年工作成绩", "二、准确把握今年形势"]
    assert [c.label for c in doc.outline.sections[0].children] == [
        "（一）经济运行稳中有进",
        "（二）改革开放持续深化",
    ]


def _damaged(tmp_path: Path, kind: str) -> Path:
    """A damaged or unreadable file of each kind users meet."""
    if kind == "odt-not-zip":
        path = tmp_path / "坏.odt"
        path.write_bytes(b"PK\x03\x04 this is not really a zip" + b"\0" * 200)
    elif kind == "odt-no-content":
        path = tmp_path / "缺内容.odt"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    elif kind == "odt-encrypted":
        path = write_odt(tmp_path / "加密.odt", "<text:p>x</text:p>")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("META-INF/manifest.xml", "<manifest:encryption-data/>")
            z.writestr("content.xml", b"\x8f\x00\x13 encrypted bytes")
    elif kind == "ofd-not-zip":
        path = tmp_path / "坏.ofd"
        path.write_bytes(b"not an ofd at all" * 20)
    elif kind == "ofd-no-page":
        path = write_ofd(tmp_path / "缺页.ofd", _speech()[:3])
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist() if "Pages/Page_0" not in n}
        with zipfile.ZipFile(path, "w") as z:
            for name, data in parts.items():
                z.writestr(name, data)
    else:  # ofd-encrypted
        path = write_ofd(tmp_path / "加密.ofd", _speech()[:3])
        with zipfile.ZipFile(path, "a") as z:
            z.writestr("Doc_0/Encryptions.xml", "<ofd:Encryptions/>")
    return path


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("odt-not-zip", "not a valid OpenDocument .odt file"),
        ("odt-no-content", "content.xml is missing"),
        ("odt-encrypted", "password-protected"),
        ("ofd-not-zip", "not a valid OFD file"),
        ("ofd-no-page", "Pages/Page_0/Content.xml"),
        ("ofd-encrypted", "the OFD file is encrypted"),
    ],
)
def test_a_damaged_file_is_one_error_naming_it(tmp_path: Path, kind: str, says: str) -> None:
    path = _damaged(tmp_path, kind)
    with pytest.raises(ReadError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message.startswith(path.name + ":") and says in message and "\n" not in message


def test_both_suffixes_are_supported() -> None:
    assert {".odt", ".ofd"} <= set(SUPPORTED_SUFFIXES)


def test_ofd_widow_controlled_page_break_keeps_the_paragraph(tmp_path: Path) -> None:
    """Widow control moves a paragraph's last two lines over, leaving its page a line short
    under a line that ends a sentence at the margin; the paragraph's last line ends a
    character short of the margin, and an indented paragraph follows: the page break goes
    on, the two lines are not a paragraph of their own."""

    def han(n: int, start: int) -> str:  # n distinct ideographs (no line repeats an edge)
        return "".join(chr(0x4E00 + start + 3 * i) for i in range(n)) + "。"

    # 4 lines (20, 22, 22, 21), a sentence ending at the margin with the second: two stand
    # at the first page's foot
    split = han(41, 0) + han(42, 300)
    after = han(30, 400)
    paras = [Para(han(393, 600)), Para(split), Para(after), Para(han(470, 2000))]
    path = write_ofd(tmp_path / "孤行.ofd", paras, header=None)
    with zipfile.ZipFile(path) as z:
        first = z.read("Doc_0/Pages/Page_0/Content.xml").decode("utf-8")
    assert split[20:42] in first and split[42:64] not in first  # its page left a line short
    texts = [b.text for b in read_file(path).blocks]
    assert split in texts
    assert after in texts
