"""The 提纲 of a speech without headings (导出提纲, 打印提纲) lists its transitions where the
headings would stand: 整顿党的作风's exported outline was its title, 〔开头〕, （未识别出标题层级）
and 〔结尾〕, the talk's seven turns in no line."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.export import export_draft
from drafter.export.outline import model_text_outline, outline_lines
from drafter.study.analyze import analyze
from drafter.study.outline_notes import BY_TRANSITIONS, NO_HEADINGS, model_text_outline_notes

LINES = [
    "关于改进作风的讲话",
    "同志们：",
    "今天召开会议，我想讲一讲改进作风的问题。",
    "作风问题关系重大。" * 10,
    "现在我来讲一讲学风问题。",
    "学风不正，就是主观主义。" * 20,
    "其次讲一讲文风问题。",
    "文风不正，就是党八股。" * 8,
    "同志们，让我们共同努力，把作风建设不断推向前进！",
]


def test_the_outline_of_a_text_without_headings_lists_its_transitions(tmp_path):
    doc = parse_text("\n".join(LINES), str(tmp_path / "作风.txt"))
    notes = model_text_outline_notes(doc, analyze(doc))
    texts = [line.text for line in outline_lines(model_text_outline(doc), notes)]
    assert texts[1:4] == [
        BY_TRANSITIONS,
        "〔转入新话题〕现在我来讲一讲学风问题。",
        "〔转入新话题〕其次讲一讲文风问题。",
    ]
    assert texts[0].startswith("开头（") and texts[-1].startswith("结尾（")
    out = export_draft(
        model_text_outline(doc), tmp_path / "提纲.md", outline_only=True, outline_notes=notes
    )
    md = out.read_text(encoding="utf-8")
    assert md.index("学风问题") < md.index("文风问题") < md.index("结尾（")


def test_no_transition_no_headings_says_so_as_before(tmp_path):
    plain = [line for line in LINES if "讲一讲" not in line]
    doc = parse_text("\n".join(plain), str(tmp_path / "作风.txt"))
    notes = model_text_outline_notes(doc, analyze(doc))
    assert notes.no_headings == NO_HEADINGS and notes.skeleton == ()


def test_an_opening_line_reads_as_a_trainees_outline():
    """The outline's opening and closing lines read 〔开头〕开门见山式　过渡 (a label, a bare
    step list); a trainee writes 开头（开门见山式）：过渡到正文。 — the type in brackets, then
    what each part does, in words and in order."""
    doc = parse_text(
        "在全区会议上的讲话\n同志们：\n今天召开会议，主要任务是部署工作。下面，我讲两点意见。\n"
        "一、提高认识\n要把工作做细。\n二、狠抓落实\n要把任务分解到人。\n"
        "同志们，让我们团结一心，奋力开创工作新局面！\n",
        "讲话.txt",
    )
    notes = model_text_outline_notes(doc, analyze(doc))
    assert notes.opening.startswith("开头（") and "）：" in notes.opening
    assert notes.opening.endswith("。") and "〔" not in notes.opening
    assert "称呼听众" in notes.opening and "→" not in notes.opening
    assert notes.closing.startswith("结尾（") and notes.closing.endswith("。")
