"""The study analyses the speech, not what is appended to it.

An appended document is apparatus, out of the talk: 附录：… after the speech's 注释 and
【参考资料】, which the tail's labels set aside, and an appendix after the closing (附件：… /
附表), which the outline finds; the reader shows both apart. Neither may give the study a
frame, a roadmap sentence, a transition, a section row or a part of the closing. Own fixtures first, then the text that
showed it (第三卷_018 学习和时局, whose 1945 决议 appended after the notes is apparatus by the
batch-39 gold), measured apart.
"""

from __future__ import annotations

from speech_samples import ATTACHMENT_SPEECH as WITH_ATTACHMENT

from drafter.corpus import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.layout import layout


def test_an_attachment_after_the_closing_is_apparatus():
    doc = parse_text(WITH_ATTACHMENT, "t.txt")
    texts = [p.text for p in doc.paragraphs()]
    lay = layout(doc)
    # the document's paragraphs end with the closing; the attachment is its appendix
    assert texts[-1] == "最后，祝大家读书愉快！"
    assert doc.apparatus.appendix[0] == "附件：读书活动实施方案"
    assert doc.apparatus.appendix[-1] == "全年分三个阶段进行：启动阶段、推进阶段和总结阶段。"
    assert len(lay.paragraphs) == len(texts) and lay.appendix == []
    assert lay.closing == [len(texts) - 1]


def test_the_study_finds_nothing_in_an_attachment():
    doc = parse_text(WITH_ATTACHMENT, "t.txt")
    s = analyze(doc)
    assert [f.phrase for f in s.frames] == ["两件事"]  # the talk's own count
    assert s.roadmap == []  # 主要内容如下： is the attachment's
    assert s.closing.text == "最后，祝大家读书愉快！"
    # the attachment's words count neither in the talk's length nor its speaking time
    assert s.total_chars <= sum(len(p.text) for p in doc.paragraphs()) + 10


# An edited volume's page: the speech, its 注释, then a document the editor appended under
# 附录：《title》 with notes of its own; the page's contents line under the title points at it.
VOLUME_PAGE = """# 学习和工作

（一九四四年四月十二日）

・ 附录：关于某某问题的决议

一

同志们提出了许多问题，中央对其中的几个问题作了结论[1]。这些结论是：

（一）关于态度问题。应取宽大的方针，以便达到两个目的：弄清思想，团结同志。

（二）关于分析问题。对于任何问题应取分析态度，不要否定一切。

二

目前时局有两个特点，一是反法西斯阵线的增强，二是人民势力的增强。

注释

[1] 见本书第一卷有关注释。

附录：关于某某问题的决议

（一九四五年四月二十日某某全会通过）

（一）全会认为，党的历史可分为三个历史时期：第一个时期，第二个时期，第三个时期[1]。

（二）为着使同志们了解错误的内容，特分别指出其主要内容如下：

第一，在政治上犯了三个主要方面的错误：任务问题，战争问题，策略问题。

第二，在组织上犯了两条战线的错误：一条是宗派主义，一条是极端民主化。

注释

[1] 见本卷有关注释。
"""


def test_a_document_appended_after_the_notes_is_apparatus(tmp_path):
    path = tmp_path / "学习和工作.md"
    path.write_text(VOLUME_PAGE, encoding="utf-8")
    doc = load_document(str(path))
    texts = [p.text for p in doc.paragraphs()]
    app = doc.apparatus
    # the appended 决议, its date and its own notes are the appendix, named so
    assert app.appendix[0] == "附录：关于某某问题的决议"
    assert app.appendix[-1] == "[1] 见本卷有关注释。"
    assert "注释" in app.appendix
    # the speech's notes alone are the endnotes
    assert app.endnotes == ["[1] 见本书第一卷有关注释。"]
    # nothing of the 决议 is body, nor the contents line pointing at it
    assert not any("决议" in t or "历史时期" in t or "两条战线" in t for t in texts)
    assert doc.outline.closing == []
    s = analyze(doc)
    assert {f.phrase for f in s.frames} <= {"两个目的", "两个特点"}
    assert "两个特点" in {f.phrase for f in s.frames}
    assert [r.span.paragraph for r in s.roadmap] == [
        next(i for i, t in enumerate(texts) if t.endswith("这些结论是："))
    ]


def test_an_appendix_label_in_a_speech_of_no_notes_keeps_its_notes_as_before():
    # no 注释 above the appended material: a 注释 under it notes the speech (as before)
    text = (
        "加强学习\n一、认真学习\n我们要认真学习，做到学以致用[1]。\n"
        "二、改进作风\n我们要深入基层，调查研究，把问题解决在一线。\n"
        "三、狠抓落实\n我们要一抓到底，确保各项任务落到实处。\n"
        "【参考资料】\n《学习手册》\n手册的内容。\n注释\n[1] 学以致用指学习要联系实际。"
    )
    doc = parse_text(text)
    assert doc.apparatus.appendix[0] == "【参考资料】"
    assert doc.apparatus.endnotes == ["[1] 学以致用指学习要联系实际。"]


def test_learning_and_the_situation_reads_only_the_speech(shared_dir):
    # 第三卷_018 学习和时局: the speech (lines 1–56), its 注释, then 附录：关于若干历史问题的决议
    # with its own 注释 — two thirds of the file, apparatus by the batch-39 gold
    path = shared_dir / "corpus/speeches/mao/第三卷_018 学习和时局.md"
    doc = load_document(str(path))
    app = doc.apparatus
    assert app.appendix[0] == "附录：关于若干历史问题的决议"
    assert len(app.endnotes) == 22  # the speech's [1]…[22]; the 决议's [1]…[49] stay with it
    assert app.endnotes[-1].startswith("[22]")
    assert app.appendix[-1].startswith("[49]")
    texts = [p.text for p in doc.paragraphs()]
    assert not any("扩大的六届七中全会" in t for t in texts)
    # no contents line "・ 附录：…" left as the opening: the text opens at part 一
    assert doc.outline.preamble == [] and not any("附录" in t for t in texts)
    s = analyze(doc)
    phrases = {f.phrase for f in s.frames}
    for appendix_only in ("三个历史时期", "两条战线", "三大纪律"):
        assert not any(appendix_only in p for p in phrases)
    assert [texts[r.span.paragraph][r.span.start : r.span.end] for r in s.roadmap] == [
        "这些结论是："
    ]
