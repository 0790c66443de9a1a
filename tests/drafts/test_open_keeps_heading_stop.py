"""A writer's heading that stands on its own line keeps the punctuation it was closed with
when the file is opened as a draft (ux22's walk).

The office head opened a writer's .docx whose second-level headings read
（一）深化专项整治。 The draft dropped the stops: the app's 审稿 said 未发现问题 where
``drafter review`` on the same file gave three 标题末尾不应有句号, and the 修订稿 exported
from the draft went back to the writer without them, untracked. A run-in heading's stop
is its sentence's, printed once.
"""

from __future__ import annotations

from drafter.corpus import load_document
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from drafter.review import ReviewConfig, review_document, review_draft
from drafter.review.registry import RULES

TEXT = """在全区安全生产工作会议上的讲话
同志们：
今天我讲三点意见。
一、提高政治站位
安全生产事关人民群众生命财产安全。
二、突出工作重点
（一）深化专项整治。
要聚焦重点行业领域，开展集中整治。
（二）强化隐患排查。
要组织力量深入一线，逐一排查。
（三）提升应急能力：
要修订完善应急预案。
三、狠抓落实。各级各部门要严格落实责任。
"""

RULE = "punctuation.heading_stop"
STOP = ReviewConfig(disabled={r for r in RULES if r != RULE})


def test_standalone_headings_keep_their_ending_and_run_in_ones_print_it_once(tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    draft = open_as_draft(path)
    second = draft.sections[1].children
    assert [c.heading for c in second] == ["深化专项整治。", "强化隐患排查。", "提升应急能力："]
    third = draft.sections[2]
    assert third.run_in and third.heading == "狠抓落实"
    out = export_draft(draft, tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "（一）深化专项整治。\n" in out and "（三）提升应急能力：\n" in out
    assert "三、狠抓落实。各级" in out and "狠抓落实。。" not in out


def test_review_of_the_opened_draft_agrees_with_review_of_the_file(tmp_path):
    """The stops `drafter review FILE` reports are the ones 审稿 finds in the draft."""
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    on_file = [f for f in review_document(load_document(path), STOP).findings if f.rule == RULE]
    on_draft = [f for f in review_draft(open_as_draft(path), STOP).findings if f.rule == RULE]
    assert len(on_file) == 2
    assert [f.section[-1].rstrip("。") for f in on_draft] == [f.section[-1] for f in on_file]
