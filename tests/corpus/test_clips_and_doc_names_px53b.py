"""Two copied drafts of issue 8 (blind set 17's x10 and x01 were such): a web clip saved
as a note (Evernote's HTML export: a paragraph a ``<div>``, a 剪藏自： line under it), and
a draft exported from an online document (the file's name with its state, 【定稿】…-某办,
and the office's edit log over the text's own title). Own text, written in the test."""

from __future__ import annotations

from drafter.corpus import load_document
from drafter.corpus.load import parse_text

TITLE = "在全区2031年全民健身月启动仪式上的讲话"
FILL = "希望大家积极参与全民健身活动，养成科学健身的好习惯，让运动成为生活的一部分。"
POINTS = ["让健身成为习惯", "让场地走进社区", "让赛事惠及群众"]


def _clip_page() -> str:
    def div(text: str, style: str = "text-indent:2em;") -> str:
        return f'<div style="{style}">{text}</div><div><br/></div>'

    centre = "text-align:center;"
    body = [
        '<div style="background-color:#FFF3A8;">（摘自区政府网，写健身月讲话时参考。）</div>',
        div(f'<span style="font-size:16pt;font-family:方正小标宋简体;">{TITLE}</span>', centre),
        div("副区长　某某某", centre),
        div("（2031年8月8日）", centre),
        div("各位领导，朋友们："),
        div("今天，我们在体育中心举行全民健身月启动仪式。" + FILL),
        *(div(f"{k}年来，全区新建健身场地。" + FILL * 2) for k in "二三四五六"),
        div("借此机会，我提三点倡议。" + FILL),
        *(div(f"<b>{n}，{p}。</b>{FILL}") for n, p in zip(("第一", "第二", "第三"), POINTS)),
        div("健康是幸福生活的基础。让我们一起动起来，共建健康新城区！"),
        div("谢谢大家！"),
        '<div style="color:#888888;">剪藏自：某某区人民政府网　http://www.example.gov.cn/a.html</div>',
    ]
    return (
        '<html><head><meta name="exporter-version" content="Evernote Windows"/>'
        "<title>健身月讲话（某区长）</title></head><body><h1>健身月讲话（某区长）</h1>"
        "<div><table><tr><td><b>创建时间：</b></td><td><i>2031/8/6 10:00</i></td></tr></table></div>"
        '<div><span><div style="-evernote-webclip:true;">\n'
        + "\n".join(body)
        + "</div></span></div>"
        "</body></html>"
    )


def test_a_clip_of_short_and_long_divs_keeps_its_head_and_title(tmp_path) -> None:
    # the long paragraphs' divs wrapped, the short ones (title, speaker, date) were dropped
    path = tmp_path / "clip.html"
    path.write_text(_clip_page(), encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == TITLE  # not the note's name in <title>/<h1>
    assert doc.metadata.date == "2031-08-08"
    assert [s.heading for s in doc.outline.sections] == POINTS
    body = "\n".join(p.text for p in doc.paragraphs())
    assert "剪藏自" not in body and "摘自区政府网" not in body


def test_an_online_documents_name_and_edit_log_are_no_title() -> None:
    lines = [
        "【定稿】健身月启动仪式讲话-区府办秘书科",
        "修改记录：8月5日初稿；8月6日按领导意见修改。",
        TITLE,
        "副区长　某某某",
        "（2031年8月8日）",
        "各位领导，朋友们：",
        "今天，我们在体育中心举行全民健身月启动仪式。" + FILL,
        "谢谢大家！",
    ]
    doc = parse_text("\n".join(lines))
    assert doc.metadata.title == TITLE
    body = "\n".join(p.text for p in doc.paragraphs())
    assert "定稿" not in body and "修改记录" not in body and "8月5日初稿" not in body
    assert doc.apparatus.source and "区府办秘书科" in doc.apparatus.source
