"""Hostile files, built in the test run (never checked in): each a small file that asks a
reader for minutes of work or gigabytes of memory, or is damaged in a way that used to
end in a traceback. Every function writes into ``folder`` and returns the path."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

CN = "一二三四五六七八九十"


def reports_with_points(parts: int) -> str:
    """一、…十、 parts (numbering again from 一、 every ten), each with （一）（二）（三）: the
    many-restart outline that once took the structure chooser cubic time."""
    lines = ["关于全年工作的汇编", ""]
    for p in range(parts):
        lines += [f"{CN[p % 10]}、第{p + 1}部分工作安排", "", "这一部分说明有关情况。" * 3, ""]
        for k in range(3):
            lines += [f"（{CN[k]}）抓好第{k + 1}项重点任务。", ""]
            lines += ["具体做法是加强领导，压实责任，确保各项工作落到实处。" * 4, ""]
    return "\n".join(lines)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

GOOD_SPEECH = (
    "在全市工作会议上的讲话\n\n同志们：\n\n今天召开会议，主要任务是总结工作、部署任务。\n\n"
    "一、充分肯定成绩\n\n过去一年，各项工作稳步推进。\n\n二、明确目标任务\n\n"
    "今年要抓好三项重点工作。\n\n三、狠抓工作落实\n\n各级各部门要压实责任。\n"
)


# --- text and Markdown -----------------------------------------------------------------


def text_file(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


MARKDOWN_LINES = {
    "backticks": "`" * 16000,
    "brackets": "[" * 40000,
    "images": "![" * 40000,
    "comments": "<!--" * 40000,
    "autolinks": "<http://" * 20000,
    "emphasis": "*a_" * 30000,
    "links": "[a](" * 30000,
    "heading_spaces": "# a" + " " * 60000 + "x",
    "quotes": ">" * 60000,
    "tags": "<a b" * 30000,
}


def markdown_attacks(folder: Path) -> list[Path]:
    return [
        text_file(folder, f"md_{k}.md", "标题\n\n" + v + "\n") for k, v in MARKDOWN_LINES.items()
    ]


def damaged_utf8(folder: Path) -> Path:
    """A speech in UTF-8 with a few bytes cut out of characters here and there."""
    data = bytearray((GOOD_SPEECH * 40).encode("utf-8"))
    for at in range(1000, len(data), 3000):
        data[at] = 0xFF
    return text_file(folder, "damaged_utf8.txt", bytes(data))


# --- Word ------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.numbering+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/image" Target="media/image1.png"/></Relationships>'
)


def _paragraphs(texts: list[str], style: str | None = None, num: bool = False) -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        ppr += f'<w:pStyle w:val="{style}"/>' if style else ""
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else ""
        ppr += "</w:pPr>"
    return "".join(f"<w:p>{ppr}<w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def _document(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}">'
        f"<w:body>{body}</w:body></w:document>"
    )


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def docx(
    path: Path,
    body: str,
    styles: str = "",
    numbering: str = "",
    extra: dict[str, bytes] | None = None,
    big: dict[str, int] | None = None,
    duplicate: str | None = None,
    pad_document: int = 0,
) -> Path:
    """A .docx written part by part. ``big`` maps part names to a size of spaces written
    streamed (a bomb that compresses to almost nothing); ``duplicate`` repeats a part."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        if pad_document:
            head, tail = _document(body).split("<w:body>")
            with z.open(_deflated("word/document.xml"), "w", force_zip64=True) as fh:
                fh.write((head + "<w:body>").encode())
                chunk = b" " * (1 << 20)
                for _ in range(pad_document >> 20):
                    fh.write(chunk)
                fh.write(tail.encode())
        else:
            z.writestr("word/document.xml", _document(body))
        z.writestr("word/styles.xml", f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'.encode())
        z.writestr(
            "word/numbering.xml",
            f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'.encode(),
        )
        if "word/media/image1.png" not in (big or {}):
            z.writestr("word/media/image1.png", b"\x89PNG\r\n\x1a\n")
        for name, data in (extra or {}).items():
            z.writestr(name, data)
        for name, size in (big or {}).items():
            with z.open(_deflated(name), "w", force_zip64=True) as fh:
                chunk = b" " * (1 << 20)
                for _ in range(size >> 20):
                    fh.write(chunk)
        if duplicate:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                z.writestr(duplicate, _document(_paragraphs(["重复的部件"])))
    return path


def docx_style_chain(folder: Path, depth: int = 5000) -> Path:
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/>'
        f'<w:basedOn w:val="s{i + 1}"/></w:style>'
        for i in range(depth)
    )
    body = _paragraphs([f"第{i}段内容。" for i in range(200)], style="s0")
    return docx(folder / "style_chain.docx", body, styles=styles)


def docx_numbering_bomb(folder: Path) -> Path:
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/>'
        '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = _paragraphs(["加强学习", "改进作风", "狠抓落实"], num=True)
    return docx(folder / "numbering_bomb.docx", body, numbering=numbering)


def docx_whitespace_bomb(folder: Path) -> Path:
    """document.xml of 200 MB, nearly all whitespace: a few hundred kilobytes zipped."""
    return docx(folder / "xml_bomb.docx", _paragraphs(["正文"]), pad_document=200 << 20)


def docx_image_bomb(folder: Path) -> Path:
    return docx(
        folder / "image_bomb.docx",
        _paragraphs(["一、总体要求", "正文内容。"]),
        big={"word/media/image1.png": 300 << 20},
    )


def docx_duplicate_entry(folder: Path) -> Path:
    return docx(folder / "duplicate.docx", _paragraphs(["正文"]), duplicate="word/document.xml")


def docx_deep_xml(folder: Path, depth: int = 100_000) -> Path:
    open_tags = "<w:sdt><w:sdtContent>" * depth
    close_tags = "</w:sdtContent></w:sdt>" * depth
    return docx(folder / "deep_xml.docx", open_tags + _paragraphs(["正文"]) + close_tags)


# --- PDF -------------------------------------------------------------------------------


def pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF of ``objects`` (object 1 must be the catalogue) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def _stream(data: bytes, filters: str = "") -> bytes:
    head = b"<< /Length %d %s>>" % (len(data), filters.encode())
    return head + b"\nstream\n" + data + b"\nendstream"


_PAGE_TREE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
]


def _page(content_obj: int, resources: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
        b"%s >> >>" % (content_obj, resources)
    )


def pdf_flate_bomb(folder: Path, size: int = 400 << 20) -> Path:
    comp = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    data = b"".join(comp.compress(chunk) for _ in range(size >> 20)) + comp.flush()
    return pdf(
        folder / "flate_bomb.pdf",
        [*_PAGE_TREE, _page(4), _stream(data, "/Filter /FlateDecode ")],
    )


def pdf_runlength_bomb(folder: Path, size: int = 400 << 20) -> Path:
    data = b"\x81\x00" * (size // 128) + b"\x80"
    return pdf(
        folder / "runlength_bomb.pdf",
        [*_PAGE_TREE, _page(4), _stream(data, "/Filter /RunLengthDecode ")],
    )


def pdf_ascii85_bomb(folder: Path, size: int = 400 << 20) -> Path:
    data = zlib.compress(b"z" * (size // 4) + b"~>", 9)
    return pdf(
        folder / "ascii85_bomb.pdf",
        [*_PAGE_TREE, _page(4), _stream(data, "/Filter [/FlateDecode /ASCII85Decode] ")],
    )


def pdf_form_fanout(folder: Path, depth: int = 9, fanout: int = 10) -> Path:
    """Form X0 draws X1 ten times, X1 draws X2 ten times ...: 10^9 draws from ~3 KB."""
    objects = [*_PAGE_TREE]
    first_form = 5
    names = b" ".join(b"/X%d %d 0 R" % (i, first_form + i) for i in range(depth + 1))
    objects.append(_page(4, b"/XObject << %s >>" % names))
    objects.append(_stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET /X0 Do"))
    for i in range(depth + 1):
        body = (b"/X%d Do " % (i + 1)) * fanout if i < depth else b"BT /F1 9 Tf (x) Tj ET"
        objects.append(
            _stream(
                body,
                "/Type /XObject /Subtype /Form /BBox [0 0 100 100] "
                f"/Resources << /XObject << {names.decode()} >> /Font << /F1 << /Type /Font "
                "/Subtype /Type1 /BaseFont /Helvetica >> >> >> ",
            )
        )
    return pdf(folder / "form_fanout.pdf", objects)


def pdf_damaged_font(folder: Path) -> Path:
    """A page whose font program is a damaged compressed stream."""
    garbage = bytes((i * 37 + 11) % 256 for i in range(20000))
    objects = [
        *_PAGE_TREE,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(b"BT /F1 12 Tf 72 720 Td <0102030405> Tj ET"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Bad /Encoding 6 0 R "
        b"/DescendantFonts [7 0 R] /ToUnicode 6 0 R >>",
        _stream(zlib.compress(garbage)[:-40] + garbage[:400], "/Filter /FlateDecode "),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Bad /FontDescriptor 8 0 R "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >> >>",
        b"<< /Type /FontDescriptor /FontName /Bad /FontFile2 9 0 R /Flags 4 >>",
        _stream(zlib.compress(garbage)[:-40], "/Filter /FlateDecode "),
    ]
    return pdf(folder / "damaged_font.pdf", objects)


# --- web pages -------------------------------------------------------------------------


def html_deep(folder: Path, depth: int = 200_000) -> Path:
    page = "<html><body>" + "<div>" * depth + "正文" + "</div>" * depth + "</body></html>"
    return text_file(folder, "deep.html", page)


def html_many_elements(folder: Path, count: int = 400_000) -> Path:
    page = "<html><body>" + "<p>段</p>" * count + "</body></html>"
    return text_file(folder, "elements.html", page)


def html_entities(folder: Path) -> Path:
    """Entity and comment soup: many unterminated constructs on one line."""
    page = "<html><body><p>" + "&#x4e00;&amp;<!--<![CDATA[<" * 50_000 + "</p></body></html>"
    return text_file(folder, "entities.html", page)


def mhtml_bomb(folder: Path) -> Path:
    """An .mhtml whose page part is base64 of 20 MB of markup (over the page limit, under
    the archive's)."""
    import base64

    page = base64.encodebytes(b"<p>" + b"x" * (20 << 20) + b"</p>")
    data = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
        b"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + page
        + b"\r\n--B--\r\n"
    )
    return text_file(folder, "bomb.mhtml", data)


def all_reader_attacks(folder: Path) -> list[Path]:
    """Every hostile file above, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        *markdown_attacks(folder),
        damaged_utf8(folder),
        text_file(folder, "one_line.txt", "报告\n" + "各项工作稳步推进，" * 700_000),
        docx_style_chain(folder),
        docx_numbering_bomb(folder),
        docx_whitespace_bomb(folder),
        docx_image_bomb(folder),
        docx_duplicate_entry(folder),
        docx_deep_xml(folder),
        pdf_flate_bomb(folder),
        pdf_runlength_bomb(folder),
        pdf_ascii85_bomb(folder),
        pdf_form_fanout(folder),
        pdf_damaged_font(folder),
    ]
