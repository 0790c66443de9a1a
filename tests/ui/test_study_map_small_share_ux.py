"""结构图 of a long text: a short part's bar said "0%" (the walk, on the 19th congress report:
129 字 of 32,357), as if the part were empty; it now says "<1%", in the CLI too."""

from __future__ import annotations

import subprocess
import sys

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import StructureMap

LONG = "要把各项工作做实做细，确保落到实处，取得实实在在的成效。" * 30
TEXT = f"""在全县工作会议上的讲话
同志们：
今天召开会议，部署全年工作。下面，我讲两点意见。
一、关于经济工作
{LONG * 8}
二、关于作风建设
要改进作风。
同志们，让我们共同努力！
"""


def test_a_short_part_of_a_long_text_is_under_one_per_cent(qtbot, tmp_path):
    doc = parse_text(TEXT, "/tmp/工作会议.txt")
    study = analyze(doc, rate=220)
    small = next(s for s in study.sections if "作风建设" in s.label)
    assert 0 < small.share < 0.005
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    row = next(r for r in rows if "作风建设" in r.text(0))
    assert tree.itemWidget(row, 3).format() == "<1%"
    big = next(r for r in rows if "经济工作" in r.text(0))
    assert tree.itemWidget(big, 3).format().rstrip("%").isdigit()
    path = tmp_path / "工作会议.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "drafter", "study", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.strip().startswith("二、关于作风建设"))
    assert " <1% " in line, line
