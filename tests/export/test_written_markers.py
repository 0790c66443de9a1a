"""A speech read from a file and exported to Word keeps its headings' markers as written.

The draft derives markers from position and style, which renumbered a run of parts that
starts at 二 (二、 … 四、 printed 一、 … 三、) and dropped a marker the styles do not
know (一　 with a full-width space, as the selected works number their parts).
"""

from __future__ import annotations

import docx

from drafter.corpus import parse_text
from drafter.drafts.convert import draft_from_document
from drafter.export import export_draft, load_style


def _exported_texts(text: str, tmp_path) -> list[str]:
    doc = parse_text(text, "speech.txt")
    out = tmp_path / "speech.docx"
    export_draft(draft_from_document(doc), out, "docx", load_style(None))
    return [p.text for p in docx.Document(str(out)).paragraphs]


def _body(parts: list[tuple[str, str]]) -> str:
    lines = ["在全县秘书工作会议上的讲话", "", "同志们：", "", "今天开个会，讲几点意见。", ""]
    for head, para in parts:
        lines += [head, "", para * 3, ""]
    return "\n".join(lines)


def test_a_run_starting_at_two_is_not_renumbered(tmp_path):
    text = _body(
        [
            ("二、秘书要善于归纳", "归纳是秘书的基本功，要在实践中不断提高。"),
            ("三、要重视文档建设", "文档建设很重要，要有专人负责。"),
            ("四、要进行秘书系统整顿", "整顿要有计划，要分步实施。"),
        ]
    )
    texts = _exported_texts(text, tmp_path)
    for head in ("二、秘书要善于归纳", "三、要重视文档建设", "四、要进行秘书系统整顿"):
        assert head in texts
    assert not any(t.startswith("一、") for t in texts)


def test_a_marker_with_a_full_width_space_is_kept(tmp_path):
    text = _body(
        [
            ("一\u3000国内的形势", "形势总体是好的，但是也有不少困难。"),
            ("二\u3000我们的任务", "任务是繁重的，要一件一件抓落实。"),
            ("三\u3000工作的方法", "方法要对头，要深入调查研究。"),
        ]
    )
    texts = _exported_texts(text, tmp_path)
    for head in ("一\u3000国内的形势", "二\u3000我们的任务", "三\u3000工作的方法"):
        assert head in texts


def test_a_two_part_title_keeps_its_space(tmp_path):
    from drafter.corpus import load_document
    from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph

    title = "坚定不移推进全面从严治党建设\u3000为实现高质量发展提供坚强保证"
    draft = Draft(
        meta=DraftMeta(title=title, date="2025-01-02"),
        opening=[DraftParagraph("同志们：")],
        sections=[DraftNode("加强学习", paragraphs=[DraftParagraph("要学习。")])],
    )
    out = tmp_path / "title.docx"
    export_draft(draft, out, "docx", load_style(None))
    assert docx.Document(str(out)).paragraphs[0].text.replace("\n", "") == title
    assert load_document(out).metadata.title == title


def test_a_half_width_space_before_a_break_is_no_separator():
    # a stray space typed before Shift+Enter inside a heading is a slip, not 主题　副题
    from drafter.corpus.readers.word_runs import join_parts as _join_parts

    assert _join_parts(["一、加强 ", "党的建设"]) == "一、加强党的建设"
    assert _join_parts(["坚定信心\u3000", "开拓进取"]) == "坚定信心\u3000开拓进取"
