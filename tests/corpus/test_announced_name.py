"""An untitled report is named by what its opening says it is, and filed at its level.

The national work reports of 1978-2025 have no title line: the library, 导出提纲 and 学习 named
them by their first words (现在，我代表国务院，向大会作政府工作报告…（无标题）), and the 场合
tree filed them under 代表大会 › 未注明层级 though 我代表国务院 says 全国. The opening's own
words now give the name (inferred: still marked 无标题, never written as the title) and the
level.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import parse_text
from drafter.corpus.display import display_title, document_title, excerpt_of, is_untitled
from drafter.corpus.genre_occasion import announced_name

OPENINGS = [
    ("现在，我代表国务院，向大会作政府工作报告，请予审议。", "政府工作报告"),
    ("现在，我代表国务院，向大会报告政府工作，请予审议。", "政府工作报告"),
    ("我受国务院的委托，向大会报告过去一年的工作。", "政府工作报告"),
    (
        "本届政府就职五年，任期即将结束。现在，我代表国务院，向大会报告过去五年的工作。",
        "政府工作报告",
    ),
    ("各位代表，现在，我代表国务院，作政府工作报告，请予审议。", "政府工作报告"),
    ("我代表县人民政府，向大会报告工作，请予审议。", "政府工作报告"),
    ("我受十二届中央委员会委托，向大会作报告。", "十二届中央委员会向大会的报告"),
    ("现在，我代表市委常委会向大会作报告。", "市委常委会向大会的报告"),
    # no body that reports, no announcement: the first words stand
    ("我代表全体代表向大会作报告。", None),
    # the 1950s reports: a body's decision, a report named in full, traditional print
    (
        "我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。",
        "政府工作报告",
    ),
    ("现在，我代表中央人民政府作工作報告。", "政府工作报告"),
    ("我现在代表国务院向本次大会作关于第一个五年计划的报告。", "关于第一个五年计划的报告"),
    (
        "我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划"
        "（草案）的报告，请予审议。",
        "关于一九五八年度国民经济计划（草案）的报告",
    ),
    ("我根据大会的议程，向大会作报告。", None),  # no body that reports
    ("我代表全体代表向大会作关于会务的报告。", None),
    ("今天，召开这次全县办公室主任会议，主要任务是部署今年的工作。", None),
    ("我们要满足人民群众的希望，向大会报告的事项很多。", None),
]


@pytest.mark.parametrize(("opening", "name"), OPENINGS)
def test_the_opening_names_the_report(opening, name):
    assert announced_name(["各位代表：", opening]) == name


LEVELS = [
    ("现在，我代表国务院，向大会报告政府工作，请予审议。", "全国"),
    ("我受十二届中央委员会委托，向大会作报告。", "全国"),
    ("我代表省人民政府，向大会报告工作，请予审议。", "全省"),
    ("我代表自治区人民政府，向大会报告工作，请予审议。", "全区"),
    ("现在，我代表市委常委会向大会作报告。", "全市"),
    ("我代表全体代表向大会作报告。", None),  # no body that reports
    ("今天，召开这次会议，主要任务是部署工作。", None),
]


@pytest.mark.parametrize(("opening", "level"), LEVELS)
def test_whom_the_report_speaks_for_is_its_level(opening, level):
    text = "\n".join(["各位代表：", opening, "一、过去一年的工作", "过去一年，经济稳中有进。"])
    assert parse_text(text).metadata.level == level


def test_the_name_is_inferred_never_a_title():
    """Shown where the first words were, still marked 无标题; a title, an occasion and the
    user's 编辑信息 (a title) come first; a record stored with the old first words agrees."""
    lines = ["各位代表：", OPENINGS[0][0], "一、过去一年的工作", "要抓好落实。"]
    doc = parse_text("\n".join(lines))
    assert doc.metadata.title is None and is_untitled(doc)
    assert document_title(doc) == "政府工作报告"
    assert excerpt_of(lines) == "政府工作报告"
    assert display_title(None, None, OPENINGS[0][0][:25]) == "政府工作报告"
    assert display_title(None, "全县人民代表大会", "政府工作报告") == "全县人民代表大会"
    assert display_title("2005年政府工作报告", None, "政府工作报告") == "2005年政府工作报告"
    titled = parse_text("\n".join(["关于今年工作的报告", *lines]))
    assert titled.metadata.title == "关于今年工作的报告"


REAL = [
    ("corpus/structure/gwr_national_2005.txt", "政府工作报告"),
    ("corpus/structure/gwr_national_2003.txt", "政府工作报告"),  # announced in sentence two
    ("corpus/structure/cpc_congress_13.txt", "十二届中央委员会向大会的报告"),
    # (its congress, named as the subject of the next paragraph, is shown before this)
    ("corpus/structure/cpc_congress_16.txt", "第十五届中央委员会向大会的报告"),
    # the untitled 1950s reports: their own name, not their first words
    ("corpus/scale/reports/gwr_national_1958.txt", "关于一九五八年度国民经济计划（草案）的报告"),
    ("corpus/scale/reports/gwr_national_1959.txt", "政府工作报告"),
    (
        "corpus/scale/reports/gwr_national_1960.txt",
        "关于一九五六年到一九六七年全国农业发展纲要的执行情况和争取提前实现这个纲要的报告",
    ),
]


@pytest.mark.parametrize(("name", "expected"), REAL)
def test_real_untitled_reports(shared_dir: Path, name, expected):
    """Read at the opening only (the first lines), so the test stays cheap."""
    path = shared_dir / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    with path.open(encoding="utf-8") as f:
        head = [line.strip() for line in f.read(1500).splitlines() if line.strip()]
    assert announced_name(head[:4]) == expected


def test_a_long_announced_name_is_shown_whole():
    """The name is the report's, shown whole where first words are cut (the 1956 report
    read 关于１９５５年国家决算和１９５６年国家预…)."""
    opening = (
        "现在我代表国务院向大会提出关于１９５５年国家决算和１９５６年国家预算的报告，请予审查。"
    )
    doc = parse_text("\n".join(["各位代表：", opening, "一、１９５５年国家决算", "收支如下。"]))
    name = "关于１９５５年国家决算和１９５６年国家预算的报告"
    assert document_title(doc) == name and is_untitled(doc)
    assert display_title(None, None, name) == name
    assert doc.metadata.genre == "报告" and doc.metadata.level == "全国"
