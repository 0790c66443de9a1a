"""Two Word packages users get from other systems: a .docx saved as "Strict Open XML" (ISO/IEC
29500 Strict namespaces) and a .docx whose body is an altChunk (an OA system's "导出Word": the
text an HTML page, a browser archive or plain text inside the package). Own text, files built in
the test with python-docx and then re-packed as those systems write them."""

from __future__ import annotations

import email.charset
import email.mime.multipart
import email.mime.text
import re
import zipfile
from pathlib import Path

import pytest

from drafter.corpus import load_document
from drafter.corpus.readers import read_file
from drafter.corpus.readers.safe_zip import transitional

PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实，确保取得实效。"
FOOTNOTE = "此项制度自二〇二五年起施行，每年评估一次。"
COMMENT = "请办公室再核实一下这个数字。"


def _repack(path: Path, edit) -> None:
    """Rewrite the package at ``path``: ``edit(parts)`` changes the dict name -> bytes."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    edit(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _to_strict(parts: dict[str, bytes]) -> None:
    """Word's "Strict Open XML" save of a Transitional package: every namespace and
    relationship type under purl.oclc.org (the package's own stay), conformance="strict"."""
    irregular = {
        b"extended-properties": b"extendedProperties",
        b"custom-properties": b"customProperties",
    }

    def strict(m: re.Match) -> bytes:
        rest = m.group(2)
        last = rest.rsplit(b"/", 1)
        if last[-1] in irregular:
            rest = b"/".join([*last[:-1], irregular[last[-1]]])
        return b"http://purl.oclc.org/ooxml/" + m.group(1) + rest

    for name, data in parts.items():
        if name.endswith((".xml", ".rels")):
            data = re.sub(
                rb"http://schemas\.openxmlformats\.org/(?!package/)([A-Za-z]+)/2006((?:/[A-Za-z0-9-]+)*)",
                strict,
                data,
            )
            if name == "word/document.xml":
                data = data.replace(b"<w:document ", b'<w:document w:conformance="strict" ', 1)
            parts[name] = data


def _add_footnote(parts: dict[str, bytes]) -> None:
    """A footnote part and its relationship (python-docx writes neither)."""
    w = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts["word/footnotes.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="' + w + b'">'
        b'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        b'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>'
        + FOOTNOTE.encode()
        + b"</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    )
    ct = "[Content_Types].xml"
    parts[ct] = parts[ct].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )


def _speech(new_docx, docx_helpers):
    """A talk whose title, 一、 parts and run-in points are set by direct formatting, one part
    by a Heading 2 style and the next by automatic numbering; a footnote and a comment."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    d = new_docx()
    docx_helpers.abstract_num(d, 61, [{"fmt": "chineseCounting", "text": "%1、"}])
    docx_helpers.num(d, 61, 61, {0: 3})
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t.add_run("在全县档案工作会议上的讲话")
    run.font.size = Pt(22)
    d.add_paragraph("（2031年5月9日）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("同志们：")
    p = d.add_paragraph(PARA)
    p._element.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    d.add_paragraph(PARA + "下面，我讲三点意见。")
    d.add_paragraph("一、提高思想认识").runs[0].bold = True
    noted = d.add_paragraph(PARA)
    d.add_comment(noted.runs, text=COMMENT, author="审稿人")
    d.add_paragraph(PARA)
    d.add_paragraph("二、完善工作机制", style="Heading 2")
    for n, lead in enumerate(("健全制度。", "强化考核。")):
        q = d.add_paragraph()
        q.add_run(f"（{'一二'[n]}）{lead}").bold = True
        q.add_run(PARA)
    docx_helpers.numbering(d.add_paragraph("加强队伍建设"), 61)
    d.add_paragraph(PARA)
    d.add_paragraph("同志们，档案工作责任重大，让我们共同努力，把各项工作做得更好。")
    return d


def _blocks(doc) -> list[tuple]:
    return [(b.text, b.heading_level, b.numbering, b.kind, b.bold, b.indent) for b in doc.blocks]


def test_strict_open_xml_reads_as_its_transitional_twin(new_docx, docx_helpers, tmp_path) -> None:
    """The same talk saved as Transitional and as Strict: the Strict one was refused as
    "not a valid Word .docx file"; it now reads block for block as the Transitional one
    (direct formatting, a Heading style, automatic numbering), the footnote and the
    comment out of the body."""
    plain = tmp_path / "讲话.docx"
    _speech(new_docx, docx_helpers).save(plain)
    _repack(plain, _add_footnote)
    strict = tmp_path / "讲话（Strict）.docx"
    strict.write_bytes(plain.read_bytes())
    _repack(strict, _to_strict)
    with zipfile.ZipFile(strict) as z:
        main = z.read("word/document.xml")
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in main
        assert b"schemas.openxmlformats.org/wordprocessingml" not in main
        assert b"purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" in z.read(
            "_rels/.rels"
        )
    read = read_file(strict)
    assert _blocks(read) == _blocks(read_file(plain))
    assert FOOTNOTE not in read.text and COMMENT not in read.text
    doc = load_document(strict)
    heads = [(s.level, s.marker + s.heading) for s in doc.outline.walk()]
    assert heads == [
        (1, "一、提高思想认识"),
        (1, "二、完善工作机制"),
        (2, "（一）健全制度"),
        (2, "（二）强化考核"),
        (1, "三、加强队伍建设"),
    ]
    assert doc.metadata.title == "在全县档案工作会议上的讲话"
    assert str(doc.metadata.date) == "2031-05-09"


@pytest.mark.parametrize(
    ("strict", "transitional_uri"),
    [
        (
            "http://purl.oclc.org/ooxml/wordprocessingml/main",
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/relationships/aFChunk",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        ),
        (
            "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
            "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        ),
    ],
)
def test_strict_uris_map_to_transitional_ones(strict: str, transitional_uri: str) -> None:
    """The Strict -> Transitional table, the properties parts spelled apart included."""
    xml = f'<x xmlns:a="{strict}" Type="{strict}"/>'.encode()
    assert (
        transitional(xml) == f'<x xmlns:a="{transitional_uri}" Type="{transitional_uri}"/>'.encode()
    )


CHUNK_PARAS = [
    "各位代表、同志们：",
    "一、过去三年的工作回顾",
    "三年来，全县档案工作主要体现在两个方面。",
    "（一）基础设施明显改善",
    PARA,
    "（二）服务能力不断提升",
    PARA,
    "二、今后三年的目标任务",
    PARA,
]


def _html_page(charset: str = "utf-8") -> str:
    body = "".join(
        f'<p style="font-family:黑体">{t}</p>' if t.startswith(("一、", "二、")) else f"<p>{t}</p>"
        for t in CHUNK_PARAS
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>正文</title></head>'
        f'<body><div class="doc-body">{body}</div></body></html>'
    )


def _mht() -> bytes:
    archive = email.mime.multipart.MIMEMultipart("related")
    page = email.mime.text.MIMEText(_html_page("gb2312"), "html", "gb2312")
    cs = email.charset.Charset("gb2312")
    cs.body_encoding = email.charset.QP
    page.set_charset(cs)
    page["Content-Location"] = "file:///C:/chunk.htm"
    archive.attach(page)
    return archive.as_bytes()


CHUNKS = {
    "html": ("afchunk1.htm", "text/html", _html_page().encode("utf-8")),
    "mht": ("afchunk1.mht", "message/rfc822", _mht()),
    "txt": ("afchunk1.txt", "text/plain", "\r\n".join(CHUNK_PARAS).encode("gb18030")),
}


def _chunked(new_docx, tmp_path: Path, name: str, ext: str, ctype: str, data: bytes) -> Path:
    """A report whose head (title, subtitle, date) is in document.xml and whose text is one
    altChunk, with one paragraph of document.xml after it (the closing)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = new_docx()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("凝心聚力推动档案事业高质量发展").font.size = Pt(22)
    d.add_paragraph("——在全县档案工作会议上的报告").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("（2031年5月9日）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("@@CHUNK@@")
    d.add_paragraph("各位代表，同志们！让我们团结一心，为档案事业发展作出新的更大贡献！")
    path = tmp_path / name
    d.save(path)

    def edit(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = re.sub(
            rb"<w:p>(?:(?!<w:p>).)*?@@CHUNK@@.*?</w:p>",
            b'<w:altChunk r:id="rIdChunk1"/>',
            parts["word/document.xml"],
            flags=re.S,
        )
        rels = "word/_rels/document.xml.rels"
        parts[rels] = parts[rels].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/aFChunk" Target="' + ext.encode() + b'"/></Relationships>',
        )
        ct = "[Content_Types].xml"
        parts[ct] = parts[ct].replace(
            b"</Types>",
            b'<Override PartName="/word/'
            + ext.encode()
            + b'" ContentType="'
            + ctype.encode()
            + b'"/></Types>',
        )
        parts["word/" + ext] = data

    _repack(path, edit)
    return path


@pytest.mark.parametrize("form", list(CHUNKS))
def test_altchunk_body_is_read_in_place(new_docx, tmp_path, form: str) -> None:
    """Only the head and the closing were read; the chunk's paragraphs (a web page, a Word
    "单个文件网页" archive in GBK quoted-printable, GBK text) now stand between them, its
    parts and points in the outline, the page's <title> left out."""
    ext, ctype, data = CHUNKS[form]
    path = _chunked(new_docx, tmp_path, f"报告_{form}.docx", ext, ctype, data)
    raw = read_file(path)
    texts = [b.text.strip() for b in raw.blocks if b.text.strip()]
    assert texts[3:-1] == CHUNK_PARAS
    assert texts[0] == "凝心聚力推动档案事业高质量发展" and texts[-1].startswith(
        "各位代表，同志们！"
    )
    assert "正文" not in texts
    doc = load_document(path)
    heads = [(s.level, s.marker + s.heading) for s in doc.outline.walk()]
    assert heads == [
        (1, "一、过去三年的工作回顾"),
        (2, "（一）基础设施明显改善"),
        (2, "（二）服务能力不断提升"),
        (1, "二、今后三年的目标任务"),
    ]
    assert doc.metadata.title == "凝心聚力推动档案事业高质量发展"


def _chunk_docx(new_docx) -> bytes:
    """CHUNK_PARAS as a .docx of their own (the Word file an OA system imports whole)."""
    import io

    d = new_docx()
    for text in CHUNK_PARAS:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _heads(path: Path) -> list[tuple]:
    return [(s.level, s.marker + s.heading) for s in load_document(path).outline.walk()]


CHUNK_HEADS = [
    (1, "一、过去三年的工作回顾"),
    (2, "（一）基础设施明显改善"),
    (2, "（二）服务能力不断提升"),
    (1, "二、今后三年的目标任务"),
]


def test_altchunk_of_a_word_file_and_of_one_inside_it(new_docx, tmp_path) -> None:
    """A .docx chunk was left out with a warning: it is read by the Word reader in place,
    and so is a .docx chunk whose own body is a .docx chunk (two levels); a third level is
    left out with a warning naming the part, the paragraphs around it read."""
    inner = _chunk_docx(new_docx)
    path = _chunked(new_docx, tmp_path, "报告_docx.docx", "afchunk1.docx", WORD_TYPE, inner)
    raw = read_file(path)
    texts = [b.text.strip() for b in raw.blocks if b.text.strip()]
    assert texts[3:-1] == CHUNK_PARAS and not raw.warnings
    assert _heads(path) == CHUNK_HEADS
    twice = _chunked(new_docx, tmp_path, "两层.docx", "afchunk1.docx", WORD_TYPE, path.read_bytes())
    texts2 = [b.text.strip() for b in read_file(twice).blocks if b.text.strip()]
    assert texts2[3:-1] == texts  # (the inner file's title is body text there)
    thrice = _chunked(
        new_docx, tmp_path, "三层.docx", "afchunk1.docx", WORD_TYPE, twice.read_bytes()
    )
    raw3 = read_file(thrice)
    assert not set(CHUNK_PARAS) & {b.text.strip() for b in raw3.blocks}
    assert any("/word/afchunk1.docx" in w and "未读取" in w for w in raw3.warnings), raw3.warnings


def test_altchunk_of_rtf_is_converted_and_read(new_docx, tmp_path, fake_soffice) -> None:
    """An RTF chunk goes through LibreOffice as a .rtf file does (a stand-in soffice writes
    the converted .docx here) and is read in place."""
    converted = tmp_path / "converted.docx"
    converted.write_bytes(_chunk_docx(new_docx))
    fake_soffice("copy", converted)
    path = _chunked(
        new_docx, tmp_path, "报告_rtf.docx", "afchunk1.rtf", "application/rtf", rb"{\rtf1 x}"
    )
    raw = read_file(path)
    assert [b.text.strip() for b in raw.blocks if b.text.strip()][3:-1] == CHUNK_PARAS
    assert _heads(path) == CHUNK_HEADS


@pytest.mark.parametrize(
    ("ext", "ctype", "data", "why"),
    [
        ("afchunk1.rtf", "application/rtf", rb"{\rtf1 x}", "LibreOffice"),
        ("afchunk1.docx", WORD_TYPE, b"PK\x03\x04 not a zip", "afchunk1.docx"),
        ("afchunk1.pdf", "application/pdf", b"%PDF-1.4", "application/pdf"),
    ],
)
def test_altchunk_not_read_is_named(new_docx, tmp_path, monkeypatch, ext, ctype, data, why) -> None:
    """A chunk that cannot be read (RTF without LibreOffice, a damaged .docx, a form no
    reader has) is left out with a warning naming the file and the part; the paragraphs
    around it are read as before."""
    from drafter.corpus.readers import soffice

    monkeypatch.setattr(soffice, "find_soffice", lambda: None)
    path = _chunked(new_docx, tmp_path, "报告_bad.docx", ext, ctype, data)
    raw = read_file(path)
    assert [b.text for b in raw.blocks if b.text.strip()][-1].startswith("各位代表，同志们！")
    warned = [w for w in raw.warnings if f"/word/{ext}" in w and "未读取" in w]
    assert warned and "报告_bad.docx" in warned[0] and why in warned[0], raw.warnings


@pytest.mark.parametrize(
    ("twips", "measure"),
    [
        ('w:sz w:val="44"', 'w:sz w:val="22pt"'),
        ('w:sz w:val="32"', 'w:sz w:val="16.0pt"'),
        ('w:firstLine="640"', 'w:firstLine="32pt"'),
        ('w:firstLine="640"', 'w:firstLine="2em"'),
        ('w:left="720"', 'w:left="0.5in"'),
        ('w:left="1134"', 'w:left="2cm"'),
        ('w:left="567"', 'w:left="10mm"'),
    ],
)
def test_strict_measures_with_units_read_as_numbers(new_docx, tmp_path, twips, measure) -> None:
    """Strict Open XML may write a size or an indent with its unit (ISO/IEC 29500's universal
    measure, w:sz="22pt", w:left="0.5in"; "2em" as some converters write it): they were read
    as unset — the 22 pt title set by hand as body, an indented line as flush. They read as
    the same measure in half-points and twips."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Twips

    d = new_docx()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("关于档案工作的几点意见").font.size = Pt(22)
    for text in ("一、提高思想认识", PARA, PARA):
        p = d.add_paragraph()
        p.add_run(text).font.size = Pt(16)
        p.paragraph_format.first_line_indent = Twips(640)
    d.add_paragraph(PARA).paragraph_format.left_indent = Twips(720)
    d.add_paragraph(PARA).paragraph_format.left_indent = Twips(1134)
    d.add_paragraph(PARA).paragraph_format.left_indent = Twips(567)
    plain = tmp_path / "plain.docx"
    d.save(plain)
    united = tmp_path / "united.docx"
    united.write_bytes(plain.read_bytes())

    def edit(parts: dict[str, bytes]) -> None:
        xml = parts["word/document.xml"]
        assert twips.encode() in xml
        parts["word/document.xml"] = xml.replace(twips.encode(), measure.encode())

    _repack(united, edit)
    _repack(united, _to_strict)
    assert _blocks(read_file(united)) == _blocks(read_file(plain))
