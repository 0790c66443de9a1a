"""The outline view (提纲) shows a heading that ran into its paragraph and one typed on its
own line alike (ux71): （一）抓好信息报送 (run in, its joining 。 dropped) stood over
（二）抓好督查督办。 (typed with a 。). The family decides, as the review's heading_stop
does: a stray 。 after labels goes from every one; a family that ends its headings with 。
as its habit keeps it on every one, the run-in ones too. Every format alike."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export import export_draft
from drafter.export.outline import outline_items


def _node(heading: str, run_in: bool = False) -> DraftNode:
    return DraftNode(heading, paragraphs=[DraftParagraph("要抓好落实。")], run_in=run_in)


def _draft(*nodes: DraftNode) -> Draft:
    return Draft(
        meta=DraftMeta(title="讲话"), sections=[DraftNode("抓好工作", children=list(nodes))]
    )


def test_a_stray_stop_goes_as_the_run_in_ones_does(tmp_path):
    draft = _draft(
        _node("抓好信息报送", run_in=True),
        _node("抓好督查督办。"),
        _node("抓好文稿起草"),
        _node("会务保障到位了吗？"),  # a question keeps its mark
    )
    assert [text for _level, text in outline_items(draft)[1:]] == [
        "（一）抓好信息报送",
        "（二）抓好督查督办",
        "（三）抓好文稿起草",
        "（四）会务保障到位了吗？",
    ]
    text = export_draft(draft, tmp_path / "o.txt", outline_only=True).read_text("utf-8")
    assert "（二）抓好督查督办\n" in text  # the exported outline as the view shows it


def test_a_family_whose_habit_is_the_stop_keeps_it_on_every_one():
    draft = _draft(
        _node("推动重要领域改革取得新突破。"),
        _node("开创高水平对外开放新局面。"),
        _node("增强内需拉动经济的主引擎作用。"),
        _node("切实保障和改善民生", run_in=True),
    )
    assert [text for _level, text in outline_items(draft)[1:]] == [
        "（一）推动重要领域改革取得新突破。",
        "（二）开创高水平对外开放新局面。",
        "（三）增强内需拉动经济的主引擎作用。",
        "（四）切实保障和改善民生。",
    ]
