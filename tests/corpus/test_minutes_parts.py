"""Parts of minutes and talks: part numbers typed with a colon for 、 ("二：规划与建设" after
"一、…"), the parts with the numbered questions under each; and an appended "附：…" part
after the numbered ones. Own text."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.markers import CN_DUN, match_marker

ANSWER = "答：这个问题要从实际出发，先把基础工作做扎实，再逐步推开，不能一哄而上。"


def _question(n: int) -> str:
    return (
        f"{n}、问：我们县今年在这方面遇到了一些困难，想听听您的意见，下一步该怎么做？\n\n{ANSWER}"
    )


def test_colon_part_numbers_are_the_parts() -> None:
    """一、 then 二： 三： standing alone over runs of 1、问： restarting at 1: three parts."""
    blocks = ["县委书记与基层干部座谈纪要", "一、产业发展"]
    blocks += [_question(n) for n in (1, 2, 3)]
    blocks += ["二：规划与建设"] + [_question(n) for n in (1, 2)]
    blocks += ["三：其他"] + [_question(n) for n in (1, 2)]
    doc = parse_text("\n\n".join(blocks), "座谈纪要.txt")
    parts = doc.outline.sections
    assert [s.marker for s in parts] == ["一、", "二：", "三："]
    assert [len(s.children) for s in parts] == [3, 2, 2]


def test_colon_after_a_numeral_in_prose_is_no_marker() -> None:
    """Only a short title after the colon makes a part number: a sentence does not."""
    assert match_marker("二：规划与建设").family == CN_DUN
    assert match_marker("二：我们要加强规划，做好建设。") is None
    assert match_marker("三：认真做好各项工作，确保完成") is None


def test_an_appended_part_after_the_numbered_parts_is_a_part_of_its_own() -> None:
    """一、 二、 三、 then "附：座谈问答" over an appended Q&A: the Q&A is a part of its own
    at level 1, not more of 三、."""
    body = "我们要坚持问题导向，把各项工作抓实抓细，确保取得实实在在的成效。" * 2
    blocks = ["在全县科技创新座谈会上的讲话", body]
    for n in ("一", "二", "三"):
        blocks += [f"{n}、抓好第{n}项重点工作", body, body]
    blocks += ["附：座谈问答"]
    for _ in range(4):
        blocks += ["问：基层创新平台建设有哪些困难，县里怎样支持？", "答：" + body]
    doc = parse_text("\n\n".join(blocks), "讲话.txt")
    tops = doc.outline.sections
    assert [s.marker + s.heading for s in tops][-1] == "附：座谈问答"
    assert len(tops) == 4
    assert len(tops[2].paragraphs) == 2


TALK = "软件业务这几年压力很大，我们既要保收入又要保未来，必须下决心调整结构。"


def test_talks_under_speaker_name_lines_are_the_parts() -> None:
    """ "张明：" / "李强：" / "王刚：" each alone over their own talk, the first two with
    1、 2、 points numbered afresh: the speakers are the parts, their points under them."""
    blocks = ["在软件业务座谈会上的讲话", TALK, "张明：", TALK, "1、压力不够：" + TALK, TALK,
              "2、方法不对：" + TALK, TALK, "李强：", TALK, "1、要敢于自我批判。" + TALK, TALK,
              "2、要重视软件架构。" + TALK, TALK, "王刚：", TALK, TALK, TALK]  # fmt: skip
    doc = parse_text("\n\n".join(blocks), "讲话.txt")
    tops = doc.outline.sections
    assert [s.heading for s in tops] == ["张明", "李强", "王刚"]
    assert [len(s.children) for s in tops] == [2, 2, 0]


def test_an_interviews_alternating_turns_are_no_parts() -> None:
    """记者： / 张明： again and again on lines of their own: turns, not parts."""
    blocks = ["访谈录", TALK]
    for _ in range(3):
        blocks += ["记者：", TALK, TALK, TALK, "张明：", TALK, TALK, TALK]
    doc = parse_text("\n\n".join(blocks), "访谈.txt")
    assert [s.heading for s in doc.outline.sections if s.heading in ("记者", "张明")] == []
