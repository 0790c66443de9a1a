"""The outline's doubts and confidence are judged on the outline shown: the passes that run
after the chooser (a second speaker's part, an appended part, a title over the first run, a
framing part) changed the headings after the doubts were said, and ren 20170723 said
“1、”起的 7 段编号段落按列表或叙述处理，未当作标题 over the seven 1、 that a later pass had made
the second speaker's level-2 points. Our own sentences; the real text is read from ../shared
(skipped when absent or held out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import load_document, parse_text
from tests.corpus.test_second_speaker import _FIRST, _POINTS, FIRST_SPEAKERS_NUMBERED_PARTS
from tests.holdout import skip_held_out

_LONG = (
    "，各片区要拿出具体的办法，不要等总部来推，每个季度回顾一次，做得好的要表扬，"
    "做得不好的要通报，年底一起算账"
)
_THEN = "这件事大家回去以后要认真研究，拿出切实可行的措施来。"
_MORE = ["库存要看紧", "服务要跟上", "风险要早发现"]


def _two_speakers() -> str:
    """The first speaker's 一、 parts over 1、2、, then the second's seven long 1、…7、 lines
    under his name line, each over a paragraph: the chooser reads his run as level 1 (long
    lines, numbering starting again), the second speaker's pass puts it at level 2."""
    first = FIRST_SPEAKERS_NUMBERED_PARTS
    paras = [*first, "李明华："]
    for k, point in zip("1234567", [*_POINTS, *_MORE]):
        paras += [f"{k}、{point}{_LONG}", _THEN]
    paras.append(_FIRST[0])
    return "张建国在市场工作座谈会上的讲话\n\n（2021年3月5日）\n\n" + "\n\n".join(paras) + "\n"


def test_the_doubts_speak_of_the_second_speakers_points_at_their_final_level():
    outline = parse_text(_two_speakers(), "纪要.txt").outline
    his = [s for s in outline.sections if s.heading == "李明华"]
    assert his and [c.marker for c in his[0].children] == [f"{k}、" for k in "1234567"]
    # judged before his points went under him, at level 1: long lines, numbering again
    # from 1 (said on main 65b3a5dc); under his name line the first level is short headings
    assert not any("长句" in d for d in outline.doubts)
    assert not any("编号中断或重新开始" in d for d in outline.doubts)
    assert outline.confidence > 0.959  # what the four stale doubts cost


def test_ren_20170723_says_nothing_of_its_second_speakers_points_as_a_list(shared_dir: Path):
    path = (
        shared_dir
        / "corpus/speeches/ren/20170723_任正非与徐直军在消费者BG2017年中市场大会上的讲话.md"
    )
    if not path.is_file() or not skip_held_out([path], shared_dir):
        pytest.skip(f"{path} is absent or held out")
    outline = load_document(str(path)).outline
    second = [s for s in outline.sections if s.heading == "徐直军"]
    assert second and len(second[0].children) == 7
    assert not any("按列表或叙述处理" in d for d in outline.doubts)


def test_long_headings_said_as_many_as_there_are(shared_dir: Path):
    # 论政策: 8 of its 19 level-1 headings are long; 多为长句 (mostly long) was not so
    path = shared_dir / "corpus/speeches/mao/第二卷_037 论政策.md"
    if not path.is_file() or not skip_held_out([path], shared_dir):
        pytest.skip(f"{path} is absent or held out")
    outline = load_document(str(path)).outline
    top = outline.sections
    long = sum(1 for s in top if len(s.heading) > 24)
    said = [d for d in outline.doubts if "长句" in d]
    assert long * 2 <= len(top)
    assert said == [f"第一层 {len(top)} 个标题中有 {long} 个是长句，可能是正文而非标题"]
