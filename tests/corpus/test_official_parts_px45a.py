"""Parts of a page that are not the text (session 45, set 9 after its score): the issuing
office's mark and the 版记 of a GB/T 9704 document, a picture's ▲ caption, a host script's
bracketed cues, and a title typed only in a Word text box."""

from __future__ import annotations

import docx
from lxml import etree

from drafter.corpus import load_document, parse_text

_BODY = (
    "全镇党建工作要紧紧围绕中心工作，坚持问题导向和目标导向相统一，推动基层党组织全面进步全面过硬。"
)


def test_issuer_mark_and_imprint_are_not_title_or_closing():
    text = "\n".join(
        [
            "中共溪水镇委员会文件",
            "溪委发〔2027〕3号",
            "关于印发《溪水镇2027年党建工作要点》的通知",
            "各村党组织：",
            "现将《溪水镇2027年党建工作要点》印发给你们，请认真抓好贯彻落实。",
            *[f"{n}、任务{n}" for n in "一二三"],
            *[_BODY] * 6,
            "抄送：县委组织部，镇纪委。",
            "中共溪水镇委员会党政办公室　2027年1月20日印发",
        ]
    )
    doc = parse_text(text)
    data = doc.to_json()
    assert data["title"] == "关于印发《溪水镇2027年党建工作要点》的通知"
    assert data["apparatus"]["appendix"][-2:] == [
        "抄送：县委组织部，镇纪委。",
        "中共溪水镇委员会党政办公室　2027年1月20日印发",
    ]
    assert not any("印发" in line for line in data["closing"])


def test_caption_under_a_picture_leaves_the_body():
    text = "\n".join(["基层治理的几点做法", _BODY, "▲ 网格员开展入户走访", _BODY, _BODY])
    data = parse_text(text).to_json()
    assert "▲" not in str(data["preamble"]) + str(data["sections"])


def test_host_script_cues_are_stage_notes():
    text = "\n".join(
        [
            "表彰大会主持词",
            "下面，进行第一项议程：宣读表彰决定。",
            "（宣读决定）",
            "（颁奖，合影）",
            "（张三同志讲话）",
            _BODY,
            _BODY,
        ]
    )
    notes = parse_text(text).to_json()["apparatus"]["notes"]
    assert notes == ["（宣读决定）", "（颁奖，合影）", "（张三同志讲话）"]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOX = (
    f'<w:r xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r>'
    "<w:t>奋楫扬帆正当时</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>奋楫扬帆正当时</w:t></w:r></w:p>"
    "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_title_in_a_text_box_at_the_top_is_read_once(tmp_path):
    d = docx.Document()
    first = d.add_paragraph()
    first._p.append(etree.fromstring(_BOX))
    d.add_paragraph("——2027年新年致辞")
    for _ in range(3):
        d.add_paragraph(_BODY)
    path = tmp_path / "greeting.docx"
    d.save(path)
    data = load_document(path).to_json()
    assert data["title"] == "奋楫扬帆正当时"
    assert "奋楫扬帆正当时" not in str(data["preamble"])


def test_spaced_home_step_is_a_menu_bar():
    from drafter.corpus.boilerplate import is_nav_bar

    assert is_nav_bar("首\u3000页 | 集团概况 | 新闻动态 | 党建园地")
    assert not is_nav_bar("首先 | 其次 | 再次")


def test_company_name_in_page_title_is_the_site():
    from drafter.corpus.readers.html_meta import title_of_page

    assert title_of_page("星澜物流集团有限公司--张三在年度大会上的讲话") == "张三在年度大会上的讲话"


def test_interview_answers_are_no_headings_and_byline_leaves(tmp_path):
    qa = []
    for q in ("改变了什么", "群众感受是什么", "难题是什么", "还有哪些打算"):
        qa += [f"**记者：** 请问局长，{q}？", f"**程雨桐：** 我们的回答是这样。{_BODY}", _BODY]
    text = "\n\n".join(["# 访谈", *qa, "**记者：** 谢谢局长！", "*（本报记者　阮星河）*"])
    path = tmp_path / "interview.md"
    path.write_text(text, encoding="utf-8")
    data = load_document(path).to_json()
    heads = [s["heading"] for s in data["sections"]]
    assert len(heads) == 4 and all("？" in h or "记者" in h for h in heads), heads
    assert not any("程雨桐" in h for h in heads)
    assert data["apparatus"]["source"] == "本报记者　阮星河"
