"""Sub-points whose numbering is carried over one part heading (1、 under 三、, then 2、 3、
under 四、) in a text that numbers its sub-points afresh in each part are each part's points,
not paragraph numbers running on across the parts (structure._carried_over). Our own
sentences."""

from __future__ import annotations

from drafter.corpus import parse_text
from tests.corpus.conftest import levelled

_P = "这方面的工作要抓紧抓实，各单位要拿出具体办法，明确责任人和完成时限，定期报告进展情况。"


def _speech(carried: bool = True) -> str:
    paras = ["在年度工作会议上的讲话", "同志们：", "今天我讲四个方面的问题。"]
    paras += ["一、关于形势", _P, "1、看清成绩。" + _P, _P, "2、看清差距。" + _P, _P]
    paras += ["二、关于目标", _P, _P]
    paras += ["三、关于任务", _P, "1、抓好产品开发。" + _P, _P]
    if not carried:
        paras += ["2、抓好质量管理。" + _P, _P]
    paras += ["四、关于保障", _P]
    paras += [("2、" if carried else "1、") + "加强队伍建设。" + _P, _P]
    paras += [("3、" if carried else "2、") + "改进工作作风。" + _P, _P]
    return "\n\n".join(paras)


def test_points_carried_over_a_part_heading_are_each_parts_points() -> None:
    tree = levelled(_speech())
    assert tree == [
        (1, "一、关于形势"),
        (2, "1、看清成绩"),
        (2, "2、看清差距"),
        (1, "二、关于目标"),
        (1, "三、关于任务"),
        (2, "1、抓好产品开发"),
        (1, "四、关于保障"),
        (2, "2、加强队伍建设"),
        (2, "3、改进工作作风"),
    ]


def test_paragraph_numbers_running_over_every_part_stay_out() -> None:
    paras = ["在年度工作会议上的讲话", "同志们："]
    for k, part in enumerate(("一、关于形势", "二、关于目标", "三、关于任务")):
        paras += [part] + [f"{2 * k + j}、" + _P for j in (1, 2)]
    doc = parse_text("\n\n".join(paras), "x.txt")
    assert all(s.level == 1 for s in doc.outline.sections)
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、", "三、"]
    assert not any(s.children for s in doc.outline.sections)
