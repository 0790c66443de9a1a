"""A document opened as a draft: an appendix after the closing (附件：… / 附表) is no 结尾.
It is the document's apparatus, out of its paragraphs, but it stays in the draft as
unnumbered last parts, so nothing of the document is lost. Own texts."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.drafts.convert import draft_from_document
from drafter.drafts.numbering import markers

RULES = "\n\n".join(
    f"第{n}条　{text}"
    for n, text in zip(
        "一二三四五六",
        [
            "为规范图书借阅，制定本办法。",
            "读者凭证借书。",
            "借期一个月。",
            "逾期暂停借阅。",
            "可续借一次。",
            "本办法自发布之日起施行。",
        ],
    )
)
APPENDIX = "附件：借阅登记表\n\n姓名、证号、书名、借出日期、归还日期\n\n附件2：续借申请表\n\n姓名、证号、续借理由"


def test_an_appendix_alone_is_no_closing_of_the_draft():
    doc = parse_text(f"图书借阅办法\n\n{RULES}\n\n{APPENDIX}\n", "t.txt")
    assert doc.outline.closing == []  # the appendix is apparatus, kept with the document
    assert doc.apparatus.appendix[0] == "附件：借阅登记表"
    draft = draft_from_document(doc, "doc-1")
    assert draft.closing == []
    tail = draft.sections[-2:]
    assert [n.heading for n in tail] == ["附件：借阅登记表", "附件2：续借申请表"]
    assert all(n.unnumbered for n in tail) and not any(markers(draft).get(n.id) for n in tail)
    assert [p.text for p in tail[1].paragraphs] == ["姓名、证号、续借理由"]
    # provenance names the document, though no paragraph of its body
    prov = tail[0].paragraphs[0].provenance
    assert prov.document_id == "doc-1" and prov.paragraph_index == -1


SPEECH = """在读书会年会上的讲话

同志们：

今天召开读书会年会，总结工作、部署任务。

一、充分肯定过去一年的成绩

一年来，读书会组织活动十余次，会员读书热情高涨。

二、扎实做好今年的工作

要丰富活动形式，办好每一次读书分享。

同志们，让我们携起手来，把读书会办得更好！

附件：年度活动安排表

一月读书分享，二月专题讲座。
"""


def test_a_closing_keeps_its_own_paragraphs_above_the_appendix():
    draft = draft_from_document(parse_text(SPEECH, "t.txt"))
    assert [p.text for p in draft.closing] == ["同志们，让我们携起手来，把读书会办得更好！"]
    assert draft.sections[-1].heading == "附件：年度活动安排表"
    assert [p.text for p in draft.sections[-1].paragraphs] == ["一月读书分享，二月专题讲座。"]


def test_the_editors_material_after_an_appendix_stays_out_of_the_draft():
    text = SPEECH + "\n【参考资料】\n\n读书会章程（摘要）\n"
    doc = parse_text(text, "t.txt")
    assert doc.apparatus.appendix[0] == "附件：年度活动安排表"
    assert "【参考资料】" in doc.apparatus.appendix
    draft = draft_from_document(doc)
    assert draft.sections[-1].heading == "附件：年度活动安排表"
    assert [p.text for p in draft.sections[-1].paragraphs] == ["一月读书分享，二月专题讲座。"]
