"""Two forms a speech reaches the office in (issue 8; blind set 14's x09 and x10 were of
these forms): an e-mail saved as text, whose headers, covering note and attachment line are
the mail's, not the speech's (drafter/corpus/mail_copy.py), and a saved web page whose
一、 二、 exist only in its CSS (an ``<ol>`` numbered by ``li:before`` counters or
``list-style-type``: drafter/corpus/readers/html_lists.py). Own text, written in the test."""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.corpus.load import parse_text

POINTS = ["抓住重点不放松", "夯实基础不懈怠", "压实责任不含糊"]
BODY = "各单位要对照年度目标逐项梳理，查找差距，明确责任人和完成时限，确保各项任务按期完成。" * 3
SPEECH = [
    "在全区河湖保护工作会议上的讲话",
    "　　　　某某某",
    "　　　　（2031年4月8日）",
    "　　同志们：",
    "　　今天召开这次会议，主要是部署今年的河湖保护工作。" + BODY,
    "　　下面，我讲三点意见。",
    *(f"　　{n}、{p}。{BODY}" for n, p in zip("一二三", POINTS)),
    "　　同志们，河湖保护功在当代、利在千秋。让我们真抓实干，把各项工作落到实处。",
]

FOXMAIL = [
    "发件人: 张小青 <zhangxq@mail.example.gov>",
    "发送时间: 2031年4月10日 9:30",
    "收件人: 王主任 <wangzr@mail.example.gov>",
    "主题: 转发: 区长在全区河湖保护工作会议上的讲话（定稿）",
    "",
    "王主任：",
    "　　您好！讲话稿已定稿，请审阅。",
    "张小青",
    "",
    "-------- 转发邮件信息 --------",
    '发件人："区政府办" <zfb@mail.example.gov>',
    "发送日期：2031年4月9日(星期三) 下午3:05",
    '收件人："张小青" <zhangxq@mail.example.gov>',
    "主题：讲话稿（定稿）",
    "",
    *SPEECH,
    "",
    "[附件] 讲话稿（定稿）.docx (30.1KB)",
    "温馨提示：本邮件仅限工作使用。",
]
OUTLOOK_REPLY = [
    "同意，请按此印发。",
    "",
    "________________________________",
    "From: Li Ming <liming@example.gov>",
    "Sent: Thursday, April 10, 2031 9:30 AM",
    "To: Wang <wang@example.gov>; Zhao <zhao@example.gov>;",
    "    Qian <qian@example.gov>",
    "Subject: RE: 讲话稿",
    "",
    "在 2031年4月9日 15:05，李明 <liming@example.gov> 写道：",
    # a speech's own 写道： and rule line stay in it
    *(f"> {line.strip()}" for line in [*SPEECH[:5], "他在信中写道：", "——————————", *SPEECH[5:]]),
]


def _heads(doc) -> list[str]:
    return [s.heading for s in doc.outline.sections]


@pytest.mark.parametrize("lines", [FOXMAIL, OUTLOOK_REPLY], ids=["forward", "quoted_reply"])
def test_a_mail_copy_reads_as_its_speech_with_the_mail_aside(lines) -> None:
    doc = parse_text("\n".join(lines))
    assert _heads(doc) == POINTS
    assert doc.metadata.title == "在全区河湖保护工作会议上的讲话"
    assert doc.metadata.date == "2031-04-08"  # the speech's, never the mail's send time
    body = "\n".join(p.text for p in doc.paragraphs())
    source = doc.apparatus.source or ""
    assert "From:" in source or "发件人" in source
    notes = "\n".join(doc.apparatus.notes)
    assert ("王主任" in notes) == (lines is FOXMAIL)
    if lines is OUTLOOK_REPLY:
        assert "他在信中写道：" in body and "写道" in source and "Qian" in source
    for furniture in ("发件人", "From:", "[附件]", "温馨提示", "王主任", "同意，请按此印发"):
        assert furniture not in body
        assert all(furniture not in s.heading for s in doc.outline.sections)


def test_a_mail_with_no_title_in_its_text_takes_the_subject() -> None:
    doc = parse_text("\n".join([*FOXMAIL[:15], *SPEECH[3:]]))
    assert doc.metadata.title == "区长在全区河湖保护工作会议上的讲话"
    assert _heads(doc) == POINTS


def test_a_meeting_record_with_subject_and_time_fields_is_no_mail() -> None:
    # 时间：/主题： fields with no sender are a record's head, not a mail's: no mail source
    doc = parse_text("\n".join(["时间：2031年4月9日", "主题：河湖保护", "", *SPEECH]))
    assert "发件人" not in (doc.apparatus.source or "")
    assert _heads(doc) == POINTS


STYLE_COUNTER = (
    "ol.lst-kix_ab-0.start{counter-reset:lst-ctn-kix_ab-0 0}"
    '.lst-kix_ab-0>li:before{content:"" counter(lst-ctn-kix_ab-0,cjk-ideographic) "\\3001  "}'
    "ol.lst-kix_ab-0{list-style-type:none}.lst-kix_ab-0>li{counter-increment:lst-ctn-kix_ab-0}"
    ".c7{font-weight:700}"
)


def _page(style: str, ol_attrs: str, items: list[str]) -> str:
    lis = "".join(f'<li><span class="c7">要{p}。</span><span>{BODY}</span></li>' for p in items)
    paras = "".join(
        f"<p>{t}</p>"
        for t in [
            "在全区河湖保护工作会议上的讲话",
            "同志们：",
            "今天召开这次会议，主要是部署今年的河湖保护工作。" + BODY,
            "借此机会，我讲三点意见。",
        ]
    )
    return (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        f'<style type="text/css">{style}</style></head><body class="doc-content">{paras}'
        f"<ol {ol_attrs}>{lis}</ol><p>同志们，让我们真抓实干，把各项工作落到实处，为全区发展作出新的更大贡献。</p>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("style", "ol_attrs", "markers"),
    [
        (STYLE_COUNTER, 'class="lst-kix_ab-0 start" start="1"', "一二三"),
        (".cn{list-style-type:cjk-ideographic}", 'class="cn"', "一二三"),
        ("", 'style="list-style-type: decimal"', "123"),
        (
            'ol.p>li::before{content:"（" counter(item, cjk-ideographic) "）"}',
            'class="p"',
            "一二三",
        ),
    ],
    ids=["google_docs_counter", "list_style_class", "list_style_inline", "parenthesised"],
)
def test_list_numbers_only_css_draws_are_read(tmp_path, style, ol_attrs, markers) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(style, ol_attrs, POINTS), encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.outline.sections] == [f"要{p}" for p in POINTS]
    assert [s.marker.strip("、.（）") for s in doc.outline.sections] == list(markers)


@pytest.mark.parametrize(
    ("style", "ol_attrs"),
    [("ol.x{list-style:none}", 'class="x"'), ("ol{list-style-type:disc}", "")],
    ids=["none", "bullet"],
)
def test_a_list_css_draws_no_number_for_gets_none(tmp_path, style, ol_attrs) -> None:
    # (a plain <ol>, which declares nothing, is drawn 1. 2. 3.: tests/corpus/test_plain_ol_numbers.py)
    path = tmp_path / "page.html"
    path.write_text(_page(style, ol_attrs, POINTS), encoding="utf-8")
    doc = load_document(path)
    assert not any(s.marker.startswith(("一", "1")) for s in doc.outline.sections)
    assert not any(p.text.startswith(("一、", "1.")) for p in doc.paragraphs())
