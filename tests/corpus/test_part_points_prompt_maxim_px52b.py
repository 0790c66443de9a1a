"""Three readings blind set 16 asked for (issue 8; its x09, x07 and x02/x07 missed them), on
own text written in the test: a last part whose lead-in counts its points (这里，我强调三点：
over 第一，…第三，) keeps them as its points with one paragraph of its own after them and the
closing after that (drafter/corpus/colon_lists.py); a drafter's prompt to the speaker standing
alone in brackets (（此处可结合本单位实际补充一个例子。）) is no speech text
(drafter/corpus/apparatus.py); and a last paragraph that opens with a maxim and charges every
unit in the hall (整改不是终点，落实才是根本。各部门要…) is the closing
(drafter/corpus/closing/cues.py)."""

from __future__ import annotations

from drafter.corpus.load import parse_text

BODY = "各单位要对照年度目标逐项梳理，查找差距，明确责任人和完成时限，确保各项任务按期完成。" * 2
PROMPT = "（此处可结合本单位实际补充一个例子。）"
MAXIM = "整改不是终点，落实才是根本。各部门要把问题清单变成责任清单，一项一项抓落实，确保按期见效。"
POINTS = ["落实主体责任", "落实监管责任", "落实考核责任"]


def _speech(last: str, own: bool) -> str:
    return "\n".join(
        [
            "在全区农贸市场整治工作会议上的讲话",
            "（2031年5月6日）",
            "同志们：",
            "今天召开这次会议，主要是部署农贸市场整治工作。" + BODY,
            "下面，我讲三个问题。",
            "一、充分认识整治工作的重要性",
            BODY,
            PROMPT,
            BODY,
            "二、突出抓好整治重点",
            BODY,
            "三、切实压实各方责任",
            "整治工作涉及面广，需要各方协同发力。这里，我强调三点：",
            *(f"{n}，{p}。{BODY}" for n, p in zip(("第一", "第二", "第三"), POINTS)),
            *(["此外，还要加强宣传引导，营造全社会共同参与的良好氛围。" + BODY] if own else []),
            last,
        ]
    )


def test_a_counted_list_is_the_last_parts_points_and_the_maxim_closes() -> None:
    doc = parse_text(_speech(MAXIM, own=False))
    parts = doc.outline.sections
    assert [c.heading for c in parts[2].children] == POINTS
    assert doc.outline.closing and doc.outline.closing[0] == MAXIM
    body = "\n".join(p.text for p in doc.paragraphs())
    assert PROMPT not in body and PROMPT in doc.apparatus.stage_notes


def test_a_paragraph_of_the_parts_own_after_the_counted_list() -> None:
    # (the part's own paragraph after its points, then the closing that turns to the hall)
    closing = "同志们，整治工作时间紧、任务重。希望大家真抓实干，确保整治取得实效。"
    doc = parse_text(_speech(closing, own=True))
    assert [c.heading for c in doc.outline.sections[2].children] == POINTS
    assert doc.outline.closing and doc.outline.closing[0] == closing
