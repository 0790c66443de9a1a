"""The structure map gives a part's own text before its points a row when it is more than a
lead sentence (〔小标题前的正文〕), as it gives its text after them one: the 2024 government
report's 一、2023年工作回顾 counted 4,135 字 while its 一是…六是 and 〔本部分其余正文〕 came to
2,643, the review of the year before 一是 in no row. Over the 679 real texts (hold-out
skipped), parts whose rows below miss more than a tenth of them: 197 -> 42."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.stats import BEFORE_LABEL

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REPORT = SHARED / "corpus/structure/gwr_national_2024.txt"

REVIEW = "过去一年，全县经济运行稳中有进，主要指标好于预期，各项事业取得新的进展。" * 4
SPEECH = f"""在全县经济工作会议上的讲话
同志们：
今天召开全县经济工作会议，主要是总结去年工作，部署今年任务。
一、去年工作回顾
{REVIEW}
一是经济稳中有进。地区生产总值增长百分之六。
二是民生持续改善。新增就业五千人。
二、今年重点任务
这方面要抓好两点：
（一）扩大有效投资。要抓好重大项目建设。
（二）促进消费升级。要培育消费新业态。
同志们，让我们共同努力！
"""


def _under(study, heading: str) -> tuple:
    rows = study.structure
    at = next(i for i, r in enumerate(rows) if r.label.startswith(heading))
    part = rows[at]
    below = []
    for row in rows[at + 1 :]:
        if row.level <= part.level or row.part not in ("section", "after", "before"):
            break
        below.append(row)
    return part, below


def test_a_long_review_before_the_points_has_its_row_a_lead_sentence_none():
    study = analyze(parse_text(SPEECH, "t.txt"))
    part, below = _under(study, "一、去年工作回顾")
    assert [r.label for r in below][:2] == [BEFORE_LABEL, "一是经济稳中有进"]
    assert below[0].part == "before" and below[0].level == below[1].level
    assert below[0].chars >= len(REVIEW)
    # the rows under the part add up to it, less its heading's words
    assert part.chars - sum(r.chars for r in below) == len("一、去年工作回顾")
    _part, below = _under(study, "二、今年重点任务")
    assert BEFORE_LABEL not in [r.label for r in below]  # 这方面要抓好两点： is a lead sentence


def test_the_government_report_review_of_the_year():
    if not REPORT.exists():
        pytest.skip(f"../shared not present: {REPORT}")
    study = analyze(load_document(REPORT))
    part, below = _under(study, "一、2023年工作回顾")
    assert below[0].label == BEFORE_LABEL and below[-1].label == "〔本部分其余正文〕"
    level = below[0].level
    missing = part.chars - sum(r.chars for r in below if r.level == level)
    assert 0 <= missing < 0.01 * part.chars
