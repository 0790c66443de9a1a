"""Numbers and head lines a file keeps out of its paragraphs' text (px48a): an .odt's headings
numbered by its outline style alone, and a 发文机关 and title typed in text boxes or frames
(.docx, .odt) or standing as lines over the title, read in their place, once."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from lxml import etree
from odt_writer import write_odt

from drafter.corpus import load_document
from drafter.corpus.readers.odt import read_odt

BODY = (
    "我们要深入贯彻落实党的二十大精神，坚持以人民为中心的发展思想，推动经济社会高质量发展，"
    "确保各项目标任务落到实处。"
)
ORGAN = "中共某某县直属机关工作委员会"
TITLE = "在全县机关作风建设动员会上的讲话"

# LibreOffice's chapter numbering: named "Outline", its Chinese formats spelled as it writes
# them (一, 二, 三, ... / 壹, 贰, 叁, ...), a prefix and suffix around the number
_OUTLINE = (
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-suffix="、" style:num-format="{fmt}"/>'
    '<text:outline-level-style text:level="2" style:num-prefix="（" style:num-suffix="）" '
    'style:num-format="一, 二, 三, ..."/>'
    '<text:outline-level-style text:level="3" style:num-format=""/></text:outline-style>'
)


def _h(level: int, text: str, attrs: str = "") -> str:
    return f'<text:h text:outline-level="{level}"{attrs}>{text}</text:h>'


@pytest.mark.parametrize(
    ("fmt", "first", "second"),
    [("一, 二, 三, ...", "一、", "二、"), ("壹, 贰, 叁, ...", "壹、", "贰、"), ("1", "1、", "2、")],
    ids=["chinese", "legal", "decimal"],
)
def test_odt_headings_take_the_numbers_of_a_named_outline_style(tmp_path: Path, fmt, first, second):
    body = (
        f"<text:p>{BODY}</text:p>"
        + _h(1, "统一思想认识")
        + _h(2, "充分认识重要意义")
        + f"<text:p>{BODY}</text:p>"
        + _h(2, "准确把握目标要求")
        + _h(3, "不编号的第三级")
        + _h(1, "突出工作重点")
        + _h(2, "整治庸懒散慢")
        + _h(1, "重新编号", ' text:restart-numbering="true" text:start-value="5"')
    )
    path = write_odt(tmp_path / "outline.odt", body, styles=_OUTLINE.format(fmt=fmt))
    got = [(b.heading_level, b.numbering, b.text) for b in read_odt(path).blocks if b.heading_level]
    fifth = {"一": "五、", "壹": "伍、"}.get(fmt[0], "5、")
    assert got == [
        (1, first, "统一思想认识"),
        (2, "（一）", "充分认识重要意义"),
        (2, "（二）", "准确把握目标要求"),
        (3, None, "不编号的第三级"),
        (1, second, "突出工作重点"),
        (2, "（一）", "整治庸懒散慢"),
        (1, fifth, "重新编号"),
    ]


_AUTO = (
    '<style:style style:name="P1" style:family="paragraph">'
    '<style:paragraph-properties fo:text-align="center"/>'
    '<style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt"/>'
    "</style:style>"
)
_DRAW_NS = (
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _frame(text: str, shape: bool) -> str:
    inner = f'<text:p text:style-name="P1">{text}</text:p>'
    if shape:  # Word's text box as LibreOffice writes it
        return f"<draw:custom-shape {_DRAW_NS}>{inner}<draw:enhanced-geometry/></draw:custom-shape>"
    return f"<draw:frame {_DRAW_NS}><draw:text-box>{inner}</draw:text-box></draw:frame>"


@pytest.mark.parametrize("shape", [False, True], ids=["frame", "shape"])
def test_odt_organ_and_title_in_frames_are_read_once_in_place(tmp_path: Path, shape) -> None:
    body = (
        f"<text:p>{_frame(ORGAN, shape)}</text:p><text:p/>"
        f"<text:p>{_frame(TITLE, shape)}</text:p>"
        "<text:p>县委副书记　某某某</text:p><text:p>（2026年2月26日）</text:p>"
        "<text:p>同志们：</text:p>"
        f"<text:p>{BODY}</text:p><text:p>{_frame('侧栏里的一句提示', shape)}</text:p>"
        f"<text:p>{BODY}</text:p>"
    )
    path = write_odt(tmp_path / "boxed.odt", body, automatic_styles=_AUTO)
    doc = load_document(path)
    data = doc.to_json()
    assert data["title"] == TITLE
    text = "\n".join(p.text for p in doc.paragraphs())
    assert ORGAN not in text and TITLE not in text
    assert "侧栏里的一句提示" not in text  # a frame further down is a sidebar
    assert [b.text for b in read_odt(path).blocks].count(TITLE) == 1


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _box(text: str) -> str:
    p = f"<w:p><w:pPr><w:jc w:val='center'/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
    return (
        f'<w:r xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>{p}'
        f"</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>{p}"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_docx_organ_and_title_in_two_text_boxes(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph()._p.append(etree.fromstring(_box(ORGAN)))
    d.add_paragraph()  # the red rule's empty paragraph
    d.add_paragraph()._p.append(etree.fromstring(_box(TITLE)))
    for line in ("县委副书记　某某某", "（2026年2月26日）", "同志们：", BODY):
        d.add_paragraph(line)
    d.add_paragraph()._p.append(etree.fromstring(_box("侧栏里的一句提示")))
    d.add_paragraph(BODY)
    path = tmp_path / "boxed.docx"
    d.save(path)
    doc = load_document(path)
    assert doc.to_json()["title"] == TITLE
    text = "\n".join(p.text for p in doc.paragraphs())
    assert ORGAN not in text and TITLE not in text and "侧栏" not in text
    assert doc.metadata.speaker == "某某某" and doc.metadata.date == "2026-02-26"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ([ORGAN, TITLE], TITLE),  # the issuing office over a speech's own title
        (
            ["中共某某县委员会", "关于加强机关作风建设的决定"],
            "中共某某县委员会关于加强机关作风建设的决定",
        ),
    ],
    ids=["issuer-over-speech", "title-in-two-lines"],
)
def test_an_office_name_over_a_speech_title_is_its_issuer(tmp_path: Path, head, title) -> None:
    d = docx.Document()
    for line in [*head, "同志们：", BODY, BODY]:
        d.add_paragraph(line)
    path = tmp_path / "typed.docx"
    d.save(path)
    doc = load_document(path)
    assert doc.metadata.title == title
    assert head[0] not in "\n".join(p.text for p in doc.paragraphs())
