"""A saved page whose speech stands in an iframe (Chrome .mhtml, IE .mht, a page saved whole
with its ``_files`` folder) reads with the frame's text in place, under the speech's own
title; a column-and-speaker headline ("【专栏】某某：…") is the site's, not the title, and an
editor's （本文有删节） at the end is a note."""

from __future__ import annotations

import quopri

import pytest

from drafter.corpus import load_document
from drafter.corpus.page_chrome import page_headline

OUTER = (
    "<html><head><meta charset='utf-8'><title>全市河湖管护工作会议召开_动态_市水利局</title></head>"
    "<body><div class='nav'>市水利局　首页　水利动态　政务公开</div>"
    "<div class='article'><h1>全市河湖管护工作会议召开</h1>"
    "<div class='info'>发布时间：2031-05-12　信息来源：市水利局　浏览次数：90</div>"
    "<p>5月10日，全市河湖管护工作会议召开。副市长出席并讲话。讲话全文如下：</p>"
    "<iframe src='{src}' width='100%' height='3000'></iframe>"
    "<div>【打印】【关闭】</div></div><div class='foot'>版权所有：市水利局</div></body></html>"
)

PARA = "河湖管护是一项长期任务，各地要把责任压实到每一条河、每一个湖，做到有人管、管得住、管得好。"

FRAME = (
    "<html><head><meta charset='utf-8'></head><body><div>"
    "<p style='text-align:center'><b>在全市河湖管护工作会议上的讲话</b></p>"
    "<p style='text-align:center'>（2031年5月10日）</p>"
    "<p>同志们：</p>"
    f"<p>这次会议的任务是部署今年的河湖管护工作。{PARA}下面，我讲两点意见。</p>"
    f"<p><b>一、提高站位，压实河湖长责任</b></p><p>{PARA * 3}</p>"
    f"<p><b>二、突出重点，抓好问题整改</b></p><p>{PARA * 3}</p>"
    f"<p>同志们，让我们齐心协力，守护好一江清水。{PARA}</p>"
    "<p style='text-align:right'>（本文有删节）</p>"
    "</div></body></html>"
)


def _mhtml(frame_key: str, src: str) -> bytes:
    """A Blink-style archive: the outer page, then the frame's own html part."""
    boundary = "----MultipartBoundary--test----"

    def part(html: str, extra: str) -> str:
        body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
        return (
            f"--{boundary}\r\nContent-Type: text/html\r\n{extra}"
            f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{body}\r\n"
        )

    head = (
        "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
    )
    outer = part(OUTER.format(src=src), "Content-Location: https://sl.example.cn/a/t1.html\r\n")
    inner = part(FRAME, frame_key)
    return (head + outer + inner + f"--{boundary}--\r\n").encode("ascii")


def _check(doc) -> None:
    assert doc.metadata.title == "在全市河湖管护工作会议上的讲话"
    assert doc.metadata.date == "2031-05-10"
    assert [s.heading for s in doc.outline.sections] == [
        "提高站位，压实河湖长责任",
        "突出重点，抓好问题整改",
    ]
    body = "\n".join(p.text for p in doc.paragraphs())
    for page_line in ("全市河湖管护工作会议召开", "讲话全文如下", "发布时间", "版权所有", "删节"):
        assert page_line not in body, page_line
    assert "（本文有删节）" in doc.apparatus.notes  # the editor's word on the text, kept


@pytest.mark.parametrize(
    ("suffix", "key", "src"),
    [
        # Chrome: the frame's part by Content-ID, the iframe's src a cid: address
        (".mhtml", "Content-ID: <frame-1@mhtml.blink>\r\n", "cid:frame-1@mhtml.blink"),
        # IE/Word: the frame's part by its address, the src relative to the page's
        (".mht", "Content-Location: https://sl.example.cn/a/w1.html\r\n", "w1.html"),
    ],
)
def test_an_archived_pages_frame_is_read_in_place(tmp_path, suffix, key, src):
    path = tmp_path / f"讲话{suffix}"
    path.write_bytes(_mhtml(key, src))
    _check(load_document(path))


def test_a_page_saved_whole_reads_its_frame_from_the_files_folder(tmp_path):
    folder = tmp_path / "讲话_files"
    folder.mkdir()
    (folder / "w1.html").write_text(FRAME, encoding="utf-8")
    path = tmp_path / "讲话.html"
    path.write_text(OUTER.format(src="./讲话_files/w1.html"), encoding="utf-8")
    _check(load_document(path))


def test_a_frame_outside_the_pages_folder_is_not_read(tmp_path):
    (tmp_path / "w1.html").write_text(FRAME, encoding="utf-8")
    inner = tmp_path / "page"
    inner.mkdir()
    path = inner / "讲话.html"
    path.write_text(OUTER.format(src="../w1.html"), encoding="utf-8")
    doc = load_document(path)
    assert not doc.outline.sections


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("【宣讲】林晓岚：守护好一江清水", True),  # column, speaker, slogan: the site's label
        ("河湖讲堂｜林晓岚：守护好一江清水", True),
        ("林晓岚：守护好一江清水", False),  # no column: may be the author's own title
        ("【专题】守护好一江清水的几点思考", False),  # column, no speaker
    ],
)
def test_a_column_and_speaker_headline_is_the_sites(line, headline):
    assert page_headline(line) is headline
