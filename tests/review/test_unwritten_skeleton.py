"""A draft made from a speech's template (以此文为模板 keeps its headings) passed 审稿 and
the pre-export check with 未发现问题 while every part was still unwritten: its …… slots had
been the only sign. Each part with no text and no sub-points under it is now listed."""

from __future__ import annotations

from drafter.corpus.model import Document, Metadata, Outline, Section
from drafter.review import ReviewConfig, review_draft
from drafter.templating import render_template, save_user_template, template_from_document


def _speech() -> Document:
    return Document(
        path="/nowhere/讲话.txt",
        format="txt",
        metadata=Metadata(title="在全县农村工作会议上的讲话"),
        outline=Outline(
            preamble=["同志们："],
            sections=[
                Section(
                    heading="统一思想",
                    marker="一、",
                    level=1,
                    children=[
                        Section(heading="提高认识", marker="（一）", level=2, paragraphs=["甲。"]),
                        Section(heading="明确任务", marker="（二）", level=2, paragraphs=["乙。"]),
                    ],
                ),
                Section(heading="突出重点", marker="二、", level=1, paragraphs=["丙。"]),
            ],
        ),
        raw_text="",
    )


def test_the_unwritten_parts_of_a_skeleton_are_listed(tmp_path):
    source = template_from_document(_speech(), "农村", own_defaults=False, keep_headings=True)
    save_user_template(source, "农村", tmp_path)
    draft = render_template("农村", {}, tmp_path)
    findings = [f for f in review_draft(draft, ReviewConfig()).findings]
    unwritten = sorted(f.text for f in findings if f.rule == "placeholder.unwritten")
    assert unwritten == sorted(["提高认识", "明确任务", "突出重点"])  # 统一思想 has sub-points
    assert all(f.category == "placeholder" for f in findings if f.rule == "placeholder.unwritten")


def test_a_written_draft_has_none(tmp_path):
    source = template_from_document(_speech(), "农村", own_defaults=False, keep_headings=True)
    save_user_template(source, "农村", tmp_path)
    draft = render_template("农村", {}, tmp_path)
    from drafter.drafts.model import DraftParagraph

    for node in draft.walk():
        if not node.children:
            node.paragraphs = [DraftParagraph("要抓好落实。")]
    assert not [
        f for f in review_draft(draft, ReviewConfig()).findings if f.rule == "placeholder.unwritten"
    ]
